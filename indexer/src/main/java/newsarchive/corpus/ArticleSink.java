package newsarchive.corpus;

import newsarchive.article.Article;

/** Receives what the parsers read, one article or problem at a time, so no file is held whole. */
public interface ArticleSink {

  /** Take one parsed article. */
  void article(Article article);

  /** Take one problem found while reading. */
  void problem(Problem problem);
}

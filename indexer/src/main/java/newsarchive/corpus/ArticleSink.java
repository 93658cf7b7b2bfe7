package newsarchive.corpus;

import newsarchive.article.Article;

/** Receives what the parsers read, one article or problem at a time, so no file is held whole. */
public interface ArticleSink {

  /** Take one parsed article. */
  void article(Article article);

  /** Take one problem found while reading. */
  void problem(Problem problem);

  /** Another {@code bytes} bytes of the current file have been read (for progress displays). */
  default void bytesRead(long bytes) {}

  /** A sink handing articles to {@code articles} and problems to {@code problems}. */
  static ArticleSink of(
      java.util.function.Consumer<Article> articles,
      java.util.function.Consumer<Problem> problems) {
    return new ArticleSink() {
      @Override
      public void article(Article article) {
        articles.accept(article);
      }

      @Override
      public void problem(Problem problem) {
        problems.accept(problem);
      }
    };
  }
}

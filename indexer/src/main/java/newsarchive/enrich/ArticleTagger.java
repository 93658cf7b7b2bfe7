package newsarchive.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsarchive.article.Article;

/**
 * Fills in an article's companies and topics. What the input gave wins: tagging only fills a list
 * the article left empty, and given companies are only brought to their canonical names.
 */
public final class ArticleTagger {

  /** The company table's file name in a corpus folder. */
  public static final String COMPANIES_FILE = "companies.tsv";

  /** The topic table's file name in a corpus folder. */
  public static final String TOPICS_FILE = "topics.tsv";

  private final CompanyTagger companies;
  private final TopicTagger topics;

  /** A tagger using these two taggers. */
  public ArticleTagger(CompanyTagger companies, TopicTagger topics) {
    this.companies = companies;
    this.topics = topics;
  }

  /**
   * The tagger for a set of corpus folders: each table is read from the first folder that has it;
   * without one, that kind of tag is left to what the articles give.
   */
  public static ArticleTagger forCorpora(List<Path> roots) throws IOException {
    Optional<Path> companyTable = find(roots, COMPANIES_FILE);
    Optional<Path> topicTable = find(roots, TOPICS_FILE);
    return new ArticleTagger(
        companyTable.isPresent() ? CompanyTagger.load(companyTable.get()) : CompanyTagger.none(),
        topicTable.isPresent() ? TopicTagger.load(topicTable.get()) : TopicTagger.none());
  }

  /** The article with its companies and topics filled in where the input gave none. */
  public Article tag(Article article) {
    return article.withTags(
        article.companies().isEmpty()
            ? companies.tag(article.title(), article.body())
            : companies.canonical(article.companies()),
        article.topics().isEmpty()
            ? topics.tag(article.title(), article.body())
            : article.topics());
  }

  private static Optional<Path> find(List<Path> roots, String name) {
    return roots.stream().map(root -> root.resolve(name)).filter(Files::isRegularFile).findFirst();
  }
}

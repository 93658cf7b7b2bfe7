package newsarchive.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole article for reading, with related articles.
 *
 * @param id the article id
 * @param title the headline
 * @param published the publication day (UTC), or {@code null} when undated
 * @param source the publisher, or {@code null}
 * @param url the original address, or {@code null}
 * @param authors the bylines
 * @param companies the companies the article is tagged with
 * @param topics the topics the article is tagged with
 * @param paragraphs the body's paragraphs as plain text
 * @param markedParagraphs when a query was given: the same paragraphs HTML-escaped with {@code
 *     <mark>} around matches; otherwise {@code null}
 * @param related up to five similar articles, most similar first
 */
public record ArticleView(
    String id,
    String title,
    LocalDate published,
    String source,
    String url,
    List<String> authors,
    List<String> companies,
    List<String> topics,
    List<String> paragraphs,
    List<String> markedParagraphs,
    List<Related> related) {

  /**
   * A related article, enough to list and link it.
   *
   * @param id the article id
   * @param title the headline
   * @param published the publication day, or {@code null}
   * @param companies its companies
   * @param topics its topics
   */
  public record Related(
      String id, String title, LocalDate published, List<String> companies, List<String> topics) {}
}

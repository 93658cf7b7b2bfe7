package newsarchive.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One news article as the archive knows it, whatever file format it came from.
 *
 * @param id stable across reindexes: the given id, else the URL, else a hash of path and position
 * @param title the headline
 * @param body plain text; paragraphs separated by a blank line
 * @param published the publication instant, or {@code null} when the input gave no usable date
 * @param source the publisher or feed title, or {@code null}
 * @param url the article's address, or {@code null}
 * @param authors the bylines, possibly empty
 * @param companies canonical company names the article names as companies, the most central first
 * @param topics taxonomy topics the article is about
 * @param origin where it was read from: the file, and the line or item where a file holds several
 * @param subjects the companies (of {@code companies}) the article is about rather than names in
 *     passing: in the title or first paragraph, or named at least twice; empty until tagged
 */
public record Article(
    String id,
    String title,
    String body,
    Instant published,
    String source,
    String url,
    List<String> authors,
    List<String> companies,
    List<String> topics,
    Origin origin,
    List<String> subjects) {

  public Article {
    Objects.requireNonNull(id, "id");
    title = Objects.requireNonNullElse(title, "");
    body = Objects.requireNonNullElse(body, "");
    authors = List.copyOf(authors == null ? List.of() : authors);
    companies = List.copyOf(companies == null ? List.of() : companies);
    topics = List.copyOf(topics == null ? List.of() : topics);
    origin = Objects.requireNonNullElse(origin, Origin.UNKNOWN);
    subjects = List.copyOf(subjects == null ? List.of() : subjects);
  }

  /** An article as read from its file, before tagging decides its subjects. */
  public Article(
      String id,
      String title,
      String body,
      Instant published,
      String source,
      String url,
      List<String> authors,
      List<String> companies,
      List<String> topics,
      Origin origin) {
    this(id, title, body, published, source, url, authors, companies, topics, origin, List.of());
  }

  /** Whether the input gave a usable publication date. */
  public boolean dated() {
    return published != null;
  }

  /** The same article with the given companies, subject companies and topics. */
  public Article withTags(List<String> companies, List<String> subjects, List<String> topics) {
    return new Article(
        id, title, body, published, source, url, authors, companies, topics, origin, subjects);
  }
}

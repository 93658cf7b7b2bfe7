package newsarchive.search.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleSchema;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/** Articles to and from Solr documents, field by field as {@link ArticleSchema} names them. */
final class SolrArticles {

  /** The fields a result list shows. */
  static final String LISTED_FIELDS =
      String.join(
          ",",
          ArticleSchema.ID,
          ArticleSchema.TITLE,
          ArticleSchema.PUBLISHED,
          ArticleSchema.SOURCE,
          ArticleSchema.URL,
          ArticleSchema.COMPANY,
          ArticleSchema.TOPIC);

  /** Every stored field of an article. */
  static final String ALL_FIELDS =
      String.join(
          ",", LISTED_FIELDS, ArticleSchema.BODY, ArticleSchema.AUTHOR, ArticleSchema.ORIGIN);

  /** What a result list shows of one article. */
  record Listed(
      String title,
      LocalDate published,
      String source,
      String url,
      List<String> companies,
      List<String> topics) {}

  private SolrArticles() {}

  /** The document for an article whose indexed content hashes to {@code hash}, in {@code story}. */
  static SolrInputDocument toSolr(Article article, String hash, long story) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ArticleSchema.ID, article.id());
    doc.addField(ArticleSchema.STORY, Long.toString(story));
    doc.addField(ArticleSchema.HASH, hash);
    doc.addField(ArticleSchema.ORIGIN, article.origin().toString());
    doc.addField(ArticleSchema.TITLE, article.title());
    doc.addField(ArticleSchema.BODY, article.body());
    if (article.published() != null) {
      doc.addField(ArticleSchema.PUBLISHED, article.published().toEpochMilli());
    }
    if (article.url() != null) {
      doc.addField(ArticleSchema.URL, article.url());
    }
    article.authors().forEach(author -> doc.addField(ArticleSchema.AUTHOR, author));
    if (article.source() != null && !article.source().isBlank()) {
      doc.addField(ArticleSchema.SOURCE, article.source());
    }
    addValues(doc, ArticleSchema.COMPANY, article.companies());
    addValues(doc, ArticleSchema.TOPIC, article.topics());
    addValues(doc, ArticleSchema.SUBJECT_COMPANY, article.subjects());
    return doc;
  }

  private static void addValues(SolrInputDocument doc, String field, List<String> values) {
    values.stream()
        .filter(value -> value != null && !value.isBlank())
        .forEach(value -> doc.addField(field, value));
  }

  /** The article stored in {@code doc} (read with {@link #ALL_FIELDS}). */
  static Article article(SolrDocument doc) {
    Object published = doc.getFirstValue(ArticleSchema.PUBLISHED);
    return new Article(
        (String) doc.getFirstValue(ArticleSchema.ID),
        (String) doc.getFirstValue(ArticleSchema.TITLE),
        (String) doc.getFirstValue(ArticleSchema.BODY),
        published == null ? null : Instant.ofEpochMilli(((Number) published).longValue()),
        (String) doc.getFirstValue(ArticleSchema.SOURCE),
        (String) doc.getFirstValue(ArticleSchema.URL),
        strings(doc, ArticleSchema.AUTHOR),
        strings(doc, ArticleSchema.COMPANY),
        strings(doc, ArticleSchema.TOPIC),
        Origin.parse((String) doc.getFirstValue(ArticleSchema.ORIGIN)));
  }

  /** The story of the article in {@code doc} (read with {@link ArticleSchema#STORY}). */
  static long story(SolrDocument doc) {
    return Long.parseLong((String) doc.getFirstValue(ArticleSchema.STORY));
  }

  /** What a result list shows of the article in {@code doc} (read with {@link #LISTED_FIELDS}). */
  static Listed listed(SolrDocument doc) {
    Object published = doc.getFirstValue(ArticleSchema.PUBLISHED);
    return new Listed(
        (String) doc.getFirstValue(ArticleSchema.TITLE),
        published == null ? null : day(((Number) published).longValue()),
        (String) doc.getFirstValue(ArticleSchema.SOURCE),
        (String) doc.getFirstValue(ArticleSchema.URL),
        strings(doc, ArticleSchema.COMPANY),
        strings(doc, ArticleSchema.TOPIC));
  }

  /** The UTC day of epoch milliseconds. */
  static LocalDate day(long millis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  private static List<String> strings(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(Object::toString).toList();
  }
}

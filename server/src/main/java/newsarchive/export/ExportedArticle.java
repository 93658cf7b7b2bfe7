package newsarchive.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsarchive.article.Article;

/**
 * One article as an export writes it; the components, in order, are the columns of every format.
 *
 * @param id the article id
 * @param published the publication instant, or {@code null} when undated
 * @param title the headline
 * @param source the publisher, or {@code null}
 * @param url the original address, or {@code null}
 * @param companies the companies the article is tagged with
 * @param topics the topics the article is tagged with
 * @param body the plain-text body, or {@code null} when the export leaves bodies out
 */
public record ExportedArticle(
    String id,
    Instant published,
    String title,
    String source,
    String url,
    List<String> companies,
    List<String> topics,
    @JsonInclude(JsonInclude.Include.NON_NULL) String body) {

  /** The column names: the components' names (the JSON Lines keys too), the body's if asked. */
  static List<String> columns(boolean bodies) {
    return Arrays.stream(ExportedArticle.class.getRecordComponents())
        .map(RecordComponent::getName)
        .filter(name -> bodies || !name.equals("body"))
        .toList();
  }

  /** The CSV cells, in column order: lists joined with "; " as in the corpus files. */
  List<String> cells() {
    List<String> cells =
        new ArrayList<>(
            Arrays.asList(
                id,
                published == null ? "" : published.toString(),
                title,
                source,
                url,
                String.join("; ", companies),
                String.join("; ", topics)));
    if (body != null) {
      cells.add(body);
    }
    return cells;
  }

  /** {@code article} as exported, with its body when {@code bodies}. */
  static ExportedArticle of(Article article, boolean bodies) {
    return new ExportedArticle(
        article.id(),
        article.published(),
        article.title(),
        article.source(),
        article.url(),
        article.companies(),
        article.topics(),
        bodies ? article.body() : null);
  }
}

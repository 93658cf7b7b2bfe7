package newsarchive.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;

/**
 * One line of the archive's JSON Lines format: what the generator writes (without tags), and what
 * the baselines read straight from Jackson with no checks beyond its own, as a bare program would.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record JsonArticle(
    String id,
    String title,
    String body,
    String published,
    String source,
    String url,
    List<String> authors,
    // Left out of the JSON when null, so that the generator's untagged lines stay as they were.
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> companies,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> topics) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The articles of a JSON Lines stream, read lazily, in order. */
  static Iterable<JsonArticle> read(InputStream in) throws IOException {
    MappingIterator<JsonArticle> lines = JSON.readerFor(JsonArticle.class).readValues(in);
    return () -> lines;
  }

  /** The publication instant, or {@code null} when missing or not an ISO date or instant. */
  Instant publishedInstant() {
    if (published == null) {
      return null;
    }
    try {
      return published.length() == 10
          ? LocalDate.parse(published).atStartOfDay().toInstant(ZoneOffset.UTC)
          : Instant.parse(published);
    } catch (DateTimeParseException e) {
      // The baselines index such an article undated rather than reporting it.
      return null;
    }
  }

  /**
   * This line as the archive's article model with only the tags it gives; {@code line} names it
   * when it has no id.
   */
  Article toArticle(long line) {
    return new Article(
        id == null ? "line-" + line : id,
        title,
        body,
        publishedInstant(),
        source,
        url,
        authors,
        companies == null ? List.of() : companies,
        topics == null ? List.of() : topics,
        // The benchmarks read one generated file: the line is what tells articles apart.
        Origin.line(Path.of("generated.jsonl"), Math.toIntExact(line)));
  }
}

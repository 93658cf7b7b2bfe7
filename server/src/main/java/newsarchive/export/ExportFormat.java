package newsarchive.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import newsarchive.article.Article;
import newsarchive.search.ExportSink;
import newsarchive.search.InvalidRequestException;

/**
 * The formats an export is written in, the same for the HTTP API and the command line: each writes
 * {@link ExportedArticle}s as they come, one line or record per article, and keeps nothing.
 */
public enum ExportFormat {
  /** RFC 4180 CSV with a header record. */
  CSV("text/csv; charset=utf-8"),
  /** One JSON object per line. */
  JSONL("application/x-ndjson; charset=utf-8");

  /**
   * Writes instants as ISO-8601 text and keeps null fields (an undated article says so); one line
   * per object, since JSON Lines needs no other whitespace.
   */
  private static final ObjectWriter JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .writer();

  private final String contentType;

  ExportFormat(String contentType) {
    this.contentType = contentType;
  }

  /** The format named {@code name} (case-insensitive), or a clear error naming the choices. */
  public static ExportFormat parse(String name) {
    for (ExportFormat format : values()) {
      if (format.extension().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw InvalidRequestException.parameter(
        "format must be one of "
            + Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "))
            + ", got '"
            + name
            + "'.");
  }

  /** The file name extension, also the name used in URLs and options. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The media type of a response in this format. */
  public String contentType() {
    return contentType;
  }

  /**
   * A sink writing each article to {@code out} in this format, bodies included when {@code bodies};
   * the caller flushes and closes {@code out}.
   */
  public ExportSink writer(Writer out, boolean bodies) {
    return switch (this) {
      case CSV -> csv(new CsvWriter(out), bodies);
      case JSONL ->
          article -> {
            // As a string: Jackson's writeValue would flush (and close) the stream every line.
            out.write(JSON.writeValueAsString(ExportedArticle.of(article, bodies)));
            out.write('\n');
            return true;
          };
    };
  }

  private static ExportSink csv(CsvWriter csv, boolean bodies) {
    return new ExportSink() {
      @Override
      public void begin(long total) throws IOException {
        csv.record(ExportedArticle.columns(bodies));
      }

      @Override
      public boolean accept(Article article) throws IOException {
        csv.record(ExportedArticle.of(article, bodies).cells());
        return true;
      }
    };
  }
}

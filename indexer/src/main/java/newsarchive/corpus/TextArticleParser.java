package newsarchive.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.article.Article;

/**
 * Reads the plain-text format, one article per file: the title on the first line, the body, then
 * optional metadata lines ({@code Source:}, {@code URL:}, {@code Author:}, {@code Companies: A; B},
 * {@code Topics: X; Y}, {@code Id:}) and a last line {@code Published: <date>}.
 */
public final class TextArticleParser {

  private static final Pattern METADATA =
      Pattern.compile(
          "(?i)(published|source|url|authors?|companies|topics|id)\\s*:\\s*(.*)", Pattern.DOTALL);

  /** Parse the decoded bytes of {@code file} into one article, or report why not. */
  public void parse(CorpusFile file, byte[] bytes, ArticleSink sink) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    decoded.reportTo(sink, file.path(), decoded.firstBadLine());
    List<String> lines = Arrays.asList(decoded.text().split("\\r?\\n|\\r", -1));
    int end = lines.size();
    Metadata metadata = new Metadata();
    while (end > 0) {
      String line = lines.get(end - 1).strip();
      Matcher matcher = METADATA.matcher(line);
      if (line.isEmpty()) {
        end--;
      } else if (matcher.matches()) {
        metadata.put(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2).strip(), end);
        end--;
      } else {
        break;
      }
    }
    int start = 0;
    while (start < end && lines.get(start).isBlank()) {
      start++;
    }
    if (start == end) {
      sink.problem(
          Problem.failure(
              file.path(), 0, decoded.text().isBlank() ? "empty file" : "no title and no body"));
      return;
    }
    String title = lines.get(start).strip();
    String body = body(lines.subList(start + 1, end));
    if (body.isEmpty()) {
      sink.problem(
          Problem.warning(
              file.path(), start + 1, "a title but no body; indexed with the title only"));
    }
    Instant published = DateParser.published(metadata.date, file.path(), metadata.dateLine, sink);
    sink.article(
        new Article(
            metadata.id != null
                ? metadata.id
                : metadata.url != null ? metadata.url : file.fallbackId(""),
            title,
            body,
            published,
            metadata.source,
            metadata.url,
            metadata.authors,
            metadata.companies,
            metadata.topics,
            file.origin()));
  }

  /**
   * Join body lines into paragraphs: blank lines separate paragraphs when the text has any (lines
   * within one are joined); otherwise every line is a paragraph, as in the sample article.
   */
  private static String body(List<String> lines) {
    boolean blankSeparated = lines.stream().anyMatch(String::isBlank);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines) {
      String text = line.strip();
      if (!text.isEmpty()) {
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
      }
      if (!blankSeparated || text.isEmpty()) {
        flush(paragraph, paragraphs);
      }
    }
    flush(paragraph, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder paragraph, List<String> paragraphs) {
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }

  /** The metadata lines found at the end of a file. */
  private static final class Metadata {
    String id;
    String source;
    String url;
    String date;
    int dateLine;
    List<String> authors = List.of();
    List<String> companies = List.of();
    List<String> topics = List.of();

    void put(String key, String value, int line) {
      if (value.isEmpty()) {
        return;
      }
      switch (key) {
        case "published" -> {
          date = value;
          dateLine = line;
        }
        case "source" -> source = value;
        case "url" -> url = value;
        case "id" -> id = value;
        case "author", "authors" -> authors = list(value);
        case "companies" -> companies = list(value);
        case "topics" -> topics = list(value);
        default -> throw new IllegalArgumentException("not a metadata key: " + key);
      }
    }

    private static List<String> list(String value) {
      return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }
}

package newsarchive.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;

/**
 * Reads JSON Lines, one article object per line: {@code {"id"?, "title", "body", "published",
 * "source"?, "url"?, "authors"?, "companies"?, "topics"?}}. The file is streamed, so it may be of
 * any size; a broken line is reported by number and the others are still read.
 */
public final class JsonLinesParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxLineBytes;

  /** A parser that refuses lines longer than {@code maxLineBytes}. */
  public JsonLinesParser(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  /** Parse every line of {@code in}, the content of {@code file}. */
  public void parse(CorpusFile file, InputStream in, ArticleSink sink) throws IOException {
    LineReader lines = new LineReader(in, maxLineBytes);
    for (int number = 1; ; number++) {
      long length = lines.next();
      if (length < 0) {
        return;
      }
      if (length > maxLineBytes) {
        sink.problem(
            Problem.failure(
                file.path(),
                number,
                "line of " + length + " bytes is over the limit of " + maxLineBytes + " bytes"));
      } else {
        parseLine(file, number, lines.bytes(), sink);
      }
    }
  }

  private void parseLine(CorpusFile file, int number, byte[] bytes, ArticleSink sink) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.text().isBlank()) {
      return;
    }
    decoded.reportTo(sink, file.path(), number);
    JsonNode node;
    try {
      node = JSON.readTree(decoded.text());
    } catch (JsonProcessingException e) {
      sink.problem(
          Problem.failure(
              file.path(),
              number,
              "not valid JSON: "
                  + e.getOriginalMessage().replaceFirst(" \\(start marker at .*", "")));
      return;
    }
    if (!node.isObject()) {
      sink.problem(Problem.failure(file.path(), number, "not a JSON object"));
      return;
    }
    String title = text(node, "title");
    String body = text(node, "body");
    if (title == null && body == null) {
      sink.problem(Problem.failure(file.path(), number, "no \"title\" and no \"body\""));
      return;
    }
    if (body == null) {
      sink.problem(
          Problem.warning(file.path(), number, "a title but no body; indexed with the title only"));
    }
    String url = text(node, "url");
    String id = text(node, "id");
    Origin origin = file.originAtLine(number);
    sink.article(
        new Article(
            id != null ? id : url != null ? url : file.fallbackId(origin.position()),
            title,
            body,
            DateParser.published(text(node, "published"), file.path(), number, sink),
            text(node, "source"),
            url,
            list(node, "authors"),
            list(node, "companies"),
            list(node, "topics"),
            origin));
  }

  /**
   * Read one line's bytes into {@code line}, keeping at most {@code maxLineBytes} of them, and
   * return the line's full length, or -1 at the end of the input.
   */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /** A list field; a single string is taken as a list of one, as people write it by hand. */
  private static List<String> list(JsonNode node, String field) {
    JsonNode value = node.get(field);
    List<String> values = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(item -> values.add(item.asText().strip()));
    } else if (value != null && value.isValueNode() && !value.isNull()) {
      values.add(value.asText().strip());
    }
    values.removeIf(String::isEmpty);
    return values;
  }
}

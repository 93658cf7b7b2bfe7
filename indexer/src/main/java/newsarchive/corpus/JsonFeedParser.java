package newsarchive.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;

/**
 * Reads JSON Feed 1.0 and 1.1 ({@code .json} files whose {@code version} is {@code
 * https://jsonfeed.org/version/1} or {@code …/1.1}), one article per item. Items are streamed one
 * at a time, so a feed with very many items never sits in memory as one tree. An item's {@code
 * tags} are not taken as topics: they are the author's own words, not the archive's taxonomy, so
 * topics come from the topic rules as for RSS categories.
 */
public final class JsonFeedParser {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VERSION_PREFIX = "https://jsonfeed.org/version/1";

  /** The feed-level fields an item needs: the title (its source) and the default authors. */
  private record Header(String version, String title, List<String> authors) {}

  /** Parse the bytes of {@code file} into one article per item, or report why not. */
  public void parse(CorpusFile file, byte[] bytes, ArticleSink sink) {
    try {
      Header header = header(bytes);
      if (header == null || !isJsonFeed(header.version())) {
        sink.problem(
            Problem.failure(
                file.path(),
                0,
                "not a JSON Feed (its \"version\" is not " + VERSION_PREFIX + " or 1.1); skipped"));
        return;
      }
      items(file, bytes, header, sink);
    } catch (JsonProcessingException e) {
      // Only the header pass meets a syntax error: it reads the whole document before any item.
      sink.problem(Problem.failure(file.path(), line(e), "not valid JSON: " + message(e)));
    } catch (IOException e) {
      sink.problem(Problem.failure(file.path(), 0, "cannot be read: " + e));
    }
  }

  private static boolean isJsonFeed(String version) {
    return version != null
        && (version.equals(VERSION_PREFIX) || version.startsWith(VERSION_PREFIX + "."));
  }

  /** Stream the items of a document already checked whole, one tree per item. */
  private static void items(CorpusFile file, byte[] bytes, Header header, ArticleSink sink)
      throws IOException {
    try (JsonParser parser = JSON.createParser(bytes)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean items = parser.currentName().equals("items");
        if (parser.nextToken() == JsonToken.START_ARRAY && items) {
          for (int item = 1; parser.nextToken() != JsonToken.END_ARRAY; item++) {
            item(file, item, parser.readValueAsTree(), header, sink);
          }
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  private static void item(
      CorpusFile file, int item, JsonNode node, Header header, ArticleSink sink) {
    if (!node.isObject()) {
      sink.problem(Problem.failure(file.path(), item, "item is not a JSON object"));
      return;
    }
    String title = text(node, "title");
    String body = body(node);
    if (title == null && body == null) {
      sink.problem(Problem.failure(file.path(), item, "item has no title and no text"));
      return;
    }
    String url = text(node, "url");
    String id = text(node, "id");
    Origin origin = file.originOfItem(item);
    String date = text(node, "date_published");
    List<String> authors = authors(node);
    sink.article(
        new Article(
            id != null ? id : url != null ? url : file.fallbackId(origin.position()),
            title,
            body,
            DateParser.published(
                date != null ? date : text(node, "date_modified"), file.path(), item, sink),
            header.title(),
            url,
            authors.isEmpty() ? header.authors() : authors,
            List.of(),
            List.of(),
            origin));
  }

  /**
   * The top-level fields other than the items, read without building the items; {@code null} when
   * the document is not a JSON object. Fields may come in any order, hence a pass of its own.
   */
  private static Header header(byte[] bytes) throws IOException {
    try (JsonParser parser = JSON.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String version = null;
      String title = null;
      List<String> authors = List.of();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "version" -> version = value.isScalarValue() ? parser.getText().strip() : null;
          case "title" -> title = value.isScalarValue() ? blankToNull(parser.getText()) : null;
          case "authors", "author" -> {
            List<String> names = names(parser.readValueAsTree());
            authors = authors.isEmpty() ? names : authors;
          }
          default -> parser.skipChildren();
        }
      }
      // Read to the end, so that a broken document is reported before any item is taken.
      while (parser.nextToken() != null) {
        parser.skipChildren();
      }
      return new Header(version, title, authors);
    }
  }

  /** The item's plain text, else its HTML reduced to text, else its summary. */
  private static String body(JsonNode node) {
    String text = text(node, "content_text");
    if (text != null) {
      return blankToNull(HtmlText.paragraphs(text));
    }
    String html = text(node, "content_html");
    if (html != null) {
      return blankToNull(HtmlText.toPlainText(html));
    }
    String summary = text(node, "summary");
    return summary == null ? null : blankToNull(HtmlText.paragraphs(summary));
  }

  /** Version 1.1's {@code authors} array, else version 1.0's single {@code author}. */
  private static List<String> authors(JsonNode node) {
    List<String> names = names(node.get("authors"));
    return names.isEmpty() ? names(node.get("author")) : names;
  }

  /** The names of an author object or an array of them. */
  private static List<String> names(JsonNode authors) {
    List<String> names = new ArrayList<>();
    if (authors != null && authors.isArray()) {
      authors.forEach(author -> names.addAll(names(author)));
    } else if (authors != null && authors.isObject()) {
      String name = text(authors, "name");
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    return blankToNull(value.asText());
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
  }

  private static String message(JsonProcessingException e) {
    return e.getOriginalMessage().replaceFirst(" \\(start marker at .*", "");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

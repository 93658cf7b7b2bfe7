package newsarchive.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import newsarchive.article.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news page saved from a browser ({@code .html}, {@code .htm}) as one article, the way
 * search engines read one: first the schema.org {@code NewsArticle} (or {@code Article}) a news
 * site puts in its JSON-LD for them, then the Open Graph and {@code article:} meta tags, then the
 * page itself: the first heading, the {@code <time>} in the article, and the paragraphs of the
 * {@code <article>} element (or of the page), leaving out navigation, asides, headers, footers,
 * forms and figures; a page with no paragraphs (saved behind a paywall) keeps its summary. The
 * charset is the one the page declares (byte-order mark, then its {@code <meta charset>}). Scripts
 * are never run and nothing the page links to is fetched.
 */
final class HtmlPageParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The schema.org types a news page describes its article with. */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "blogposting",
          "opinionnewsarticle",
          "backgroundnewsarticle");

  /** Page furniture whose paragraphs are not the article's. */
  private static final String FURNITURE =
      "nav, aside, header, footer, form, figure, figcaption, script, style, noscript, template,"
          + " [role=navigation], [role=complementary], [aria-hidden=true]";

  /** What schema.org's JSON-LD says of the article; any field may be null. */
  private record Described(
      String headline,
      String published,
      String body,
      String summary,
      String url,
      String publisher,
      List<String> authors) {

    static final Described NOTHING = new Described(null, null, null, null, null, null, List.of());
  }

  /** Parse the page {@code bytes} of {@code file} into its article, or report why not. */
  void parse(CorpusFile file, byte[] bytes, ArticleSink sink) {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      sink.problem(Problem.failure(file.path(), 0, "cannot be read: " + e));
      return;
    }
    Described described = described(page);
    String title = first(described.headline(), meta(page, "og:title"), heading(page), title(page));
    // A page saved behind a paywall keeps no paragraphs, but still the summary it shows on shares.
    String body =
        first(
            tidy(described.body()),
            bodyOf(page),
            tidy(
                first(
                    described.summary(), meta(page, "og:description"), meta(page, "description"))));
    if (title == null && body == null) {
      sink.problem(Problem.failure(file.path(), 0, "no article found in the page; skipped"));
      return;
    }
    String url =
        first(
            described.url(),
            meta(page, "og:url"),
            page.select("link[rel=canonical]").attr("href").strip());
    url = url != null && url.matches("(?i)https?://.+") ? url : null;
    String published =
        first(
            described.published(),
            meta(page, "article:published_time"),
            meta(page, "datePublished"),
            meta(page, "date"),
            meta(page, "pubdate"),
            meta(page, "dc.date"),
            timeOf(page));
    List<String> authors =
        described.authors().isEmpty()
            ? Stream.of(meta(page, "author")).filter(name -> name != null).toList()
            : described.authors();
    sink.article(
        new Article(
            url != null ? url : file.fallbackId(""),
            title,
            body,
            DateParser.published(published, file.path(), 0, sink),
            first(described.publisher(), meta(page, "og:site_name")),
            url,
            authors,
            List.of(),
            List.of(),
            file.origin()));
  }

  /** The article the page's JSON-LD describes, or nothing when it has none it can read. */
  private static Described described(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode article = article(JSON.readTree(script.data()));
        if (article != null) {
          return new Described(
              text(article.get("headline")),
              text(article.get("datePublished")),
              text(article.get("articleBody")),
              text(article.get("description")),
              text(article.get("url")),
              name(article.get("publisher")),
              names(article.get("author")));
        }
      } catch (JsonProcessingException e) {
        // A broken JSON-LD block is the page's loss, not the article's: the meta tags stand in.
      }
    }
    return Described.NOTHING;
  }

  /** The first article object in a JSON-LD tree: the node itself, an array's, or its @graph's. */
  private static JsonNode article(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        JsonNode found = article(element);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    for (JsonNode type :
        node.path("@type").isArray() ? node.get("@type") : List.of(node.path("@type"))) {
      if (ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT))) {
        return node;
      }
    }
    return article(node.get("@graph"));
  }

  /** A JSON-LD value's text, or null when it is missing or blank. */
  private static String text(JsonNode value) {
    return value == null || !value.isValueNode() ? null : blankToNull(value.asText());
  }

  /** The name of a JSON-LD person or organisation (or a plain string). */
  private static String name(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isArray()) {
      return value.isEmpty() ? null : name(value.get(0));
    }
    return value.isObject() ? text(value.get("name")) : text(value);
  }

  /** The names of one author or an array of them. */
  private static List<String> names(JsonNode value) {
    List<String> names = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(author -> names.add(name(author)));
    } else {
      names.add(name(value));
    }
    return names.stream().filter(name -> name != null).distinct().toList();
  }

  /** The content of the meta tag with this {@code property}, {@code name} or {@code itemprop}. */
  private static String meta(Document page, String key) {
    for (String attribute : List.of("property", "name", "itemprop")) {
      String content = page.select("meta[" + attribute + "=" + key + "]").attr("content");
      if (!content.isBlank()) {
        return content.strip();
      }
    }
    return null;
  }

  /** The article's first heading, else the page's. */
  private static String heading(Document page) {
    Element heading = first(page.selectFirst("article h1"), page.selectFirst("h1"));
    return heading == null ? null : blankToNull(heading.text());
  }

  private static String title(Document page) {
    return blankToNull(page.title());
  }

  /** The machine-readable date of the article's first {@code <time>}, else the page's. */
  private static String timeOf(Document page) {
    Element time =
        first(page.selectFirst("article time[datetime]"), page.selectFirst("time[datetime]"));
    return time == null ? null : blankToNull(time.attr("datetime"));
  }

  /**
   * The paragraphs of the page's article: those of its {@code <article>} holding the most text
   * (else of {@code <main>}, else of the page), page furniture left out, each apart.
   */
  private static String bodyOf(Document page) {
    Element content = page.body().clone();
    content.select(FURNITURE).remove();
    Element article =
        content.select("article, [itemprop=articleBody]").stream()
            .max((a, b) -> Integer.compare(a.text().length(), b.text().length()))
            .orElse(content.selectFirst("main"));
    Element from = article != null ? article : content;
    Set<String> paragraphs = new LinkedHashSet<>();
    for (Element paragraph : from.select("p")) {
      String text = paragraph.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
  }

  /** JSON-LD's article body tidied into paragraphs, or null. */
  private static String tidy(String text) {
    return text == null ? null : blankToNull(HtmlText.paragraphs(text));
  }

  @SafeVarargs
  private static <T> T first(T... candidates) {
    for (T candidate : candidates) {
      if (candidate != null && !(candidate instanceof String text && text.isBlank())) {
        return candidate;
      }
    }
    return null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

package newsarchive.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * Class and id words of blocks that are never the article's text: Readability's unlikely
   * candidates that no word of an article's own container rescues.
   */
  private static final Pattern NOT_ARTICLE =
      Pattern.compile(
          "comment|related|newsletter|sign-?up|subscribe(?!r)|subscription|paywall|promo|share|social|byline|author"
              + "|\\bbio\\b|caption|credit|recommend|popular|most-|read-?more|outbrain|taboola"
              + "|cookie|consent|breadcrumb|sponsor|advert|\\bads?\\b|ad-slot|tags",
          Pattern.CASE_INSENSITIVE);

  /** The class and id words of an article's own text, which nothing above removes. */
  private static final Pattern ARTICLE_BODY =
      Pattern.compile(
          "article-?body|article__body|story-?body|post-?content|entry-?content|articlebody",
          Pattern.CASE_INSENSITIVE);

  /** Readability's unlikely candidates, unless {@link #MAYBE} also names them. */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "banner|combx|community|disqus|extra|footer|gdpr|header|legends|menu|remark|replies|rss"
              + "|shoutbox|sidebar|skyscraper|supplemental|pagination|pager|popup|meta",
          Pattern.CASE_INSENSITIVE);

  /** Readability's words for an article's own container. */
  private static final Pattern MAYBE =
      Pattern.compile(
          "and|article|body|column|content|main|shadow|story|text", Pattern.CASE_INSENSITIVE);

  /** The least text of its own that makes an element without paragraphs an article's text. */
  private static final int LEAST_LINED_TEXT = 200;

  /** The class and id words of an element that shows a date. */
  private static final Pattern DATED =
      Pattern.compile("date|time|posted|published", Pattern.CASE_INSENSITIVE);

  /** A text that calls a date the publication's, and one that calls it a later change. */
  private static final Pattern PUBLISHED =
      Pattern.compile("\\b(published|posted|first published)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern UPDATED =
      Pattern.compile("\\b(updated|modified|last updated)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "Published" or "Posted" near the start of a line of the page ("By Helen Marsh | Published: 4
   * March 2025"), and what follows it, up to 60 characters: a report of a study published in 2019
   * says so further into its sentence.
   */
  private static final Pattern SAID_PUBLISHED =
      Pattern.compile("^.{0,30}?\\b(?:published|posted)\\b:?(.{0,60})", Pattern.CASE_INSENSITIVE);

  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

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
    String title =
        first(described.headline(), meta(page, "og:title"), heading(page), headlineOfTitle(page));
    // A page saved behind a paywall keeps no paragraphs, but still the summary it shows on shares.
    // Sites often cut the JSON-LD articleBody short or run its paragraphs together: the page's own
    // paragraphs are the text unless they hold clearly less of it.
    String given = tidy(described.body());
    String shown = bodyOf(page);
    String body =
        first(
            shown != null && (given == null || shown.length() * 10 >= given.length() * 9)
                ? shown
                : given,
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
            timeOf(page),
            visibleDate(page),
            datedElement(page),
            firstDateIn(page.body().text()));
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

  /**
   * The page's headline: the first {@code <h1>} or {@code <h2>} that the page's title holds and
   * makes at least half of (titles add the site's name), else the first {@code <h1>} of its {@code
   * <article>}, else its first {@code <h1>} that is not a small part of the title (a logo may be an
   * {@code <h1>} of its own, named as the site is in the title).
   */
  private static String heading(Document page) {
    String title = page.title().strip().toLowerCase(Locale.ROOT);
    for (Element heading : page.select("h1, h2")) {
      String text = heading.text().strip();
      if (!text.isEmpty()
          && title.contains(text.toLowerCase(Locale.ROOT))
          && text.length() * 2 >= title.length()) {
        return text;
      }
    }
    Element inArticle = page.selectFirst("article h1");
    if (inArticle != null && !inArticle.text().isBlank()) {
      return inArticle.text().strip();
    }
    for (Element heading : page.select("h1")) {
      String text = heading.text().strip();
      if (!text.isEmpty() && !title.contains(text.toLowerCase(Locale.ROOT))) {
        return text;
      }
    }
    return null;
  }

  /** The page's title without the site's name: its longest part between separators. */
  private static String headlineOfTitle(Document page) {
    String longest = null;
    for (String part : page.title().split("\\s+[|\\-\u2013\u2014\u00BB:]{1,2}\\s+")) {
      if (longest == null || part.strip().length() > longest.length()) {
        longest = part.strip();
      }
    }
    return blankToNull(longest);
  }

  /**
   * The machine-readable date of the {@code <time>} that says when the article was published: one
   * that its text or its parent's calls published or posted, else the first that is not called
   * updated or modified.
   */
  private static String timeOf(Document page) {
    Element fallback = null;
    for (Element time : page.select("time[datetime]")) {
      String around =
          (time.parent() == null ? time : time.parent()).text().toLowerCase(Locale.ROOT);
      if (PUBLISHED.matcher(around).find()) {
        return blankToNull(time.attr("datetime"));
      }
      if (fallback == null && !UPDATED.matcher(around).find()) {
        fallback = time;
      }
    }
    return fallback == null ? null : blankToNull(fallback.attr("datetime"));
  }

  /**
   * A date the page only shows as text, after "Published" or "Posted" ("Published: 4 March 2025",
   * "Posted Tuesday, Feb. 11, 2025 5:02 pm"), as ISO {@code yyyy-MM-dd}; null when it shows none.
   */
  private static String visibleDate(Document page) {
    for (Element element : page.body().select("*")) {
      Matcher said = SAID_PUBLISHED.matcher(element.ownText());
      if (said.find()) {
        String date = firstDateIn(said.group(1));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /**
   * The date shown by the first element whose class or id says it holds one ("date", "timestamp").
   */
  private static String datedElement(Document page) {
    for (Element element : page.body().select("*")) {
      String names = element.className() + " " + element.id();
      if (DATED.matcher(names).find()) {
        String date = firstDateIn(element.text());
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** The first date written out in {@code text} ("7 March 2025", "Feb. 11, 2025"), or null. */
  private static String firstDateIn(String text) {
    Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
    Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
    boolean day = dayFirst.find();
    boolean month = monthFirst.find();
    if (day && (!month || dayFirst.start() < monthFirst.start())) {
      return isoDate(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
    }
    return month ? isoDate(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2)) : null;
  }

  private static String isoDate(String year, String month, String day) {
    int number = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    try {
      return java.time.LocalDate.of(Integer.parseInt(year), number, Integer.parseInt(day))
          .toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * The paragraphs of the page's article, as readers of web pages (Mozilla's Readability) find
   * them: page furniture and the blocks whose class or id says they are not the article (comments,
   * related stories, sign-up boxes, sharing, bylines and author boxes, captions) left out, the
   * element whose paragraphs hold the most text (each paragraph counting for its parent, and half
   * for its grandparent) is the article's, and of its paragraphs those that are mostly a link
   * ("Read more: …") are left out too.
   */
  private static String bodyOf(Document page) {
    Element content = page.body().clone();
    content.select(FURNITURE).remove();
    for (Element element : content.select("div, section, aside, ul, ol, p, span, dl, table")) {
      String names = element.className() + " " + element.id();
      if (!ARTICLE_BODY.matcher(names).find()
          && (NOT_ARTICLE.matcher(names).find()
              || UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find())) {
        element.remove();
      }
    }
    Map<Element, Integer> scores = new HashMap<>();
    for (Element paragraph : content.select("p")) {
      int length = paragraph.text().strip().length();
      Element parent = paragraph.parent();
      if (length == 0 || parent == null) {
        continue;
      }
      Element ancestor = parent;
      for (int level = 1; level <= 3 && ancestor != null; level++) {
        scores.merge(ancestor, length / level, Integer::sum);
        ancestor = ancestor.parent();
      }
    }
    Element best =
        scores.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    if (best == null) {
      return textOfLinedPage(content);
    }
    Set<String> paragraphs = new LinkedHashSet<>();
    for (Element paragraph : best.select("p")) {
      String text = paragraph.text().strip();
      int linked = paragraph.select("a").text().length();
      if (!text.isEmpty() && linked * 2 < text.length()) {
        paragraphs.add(text);
      }
    }
    return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
  }

  /**
   * The text of a page written without paragraph elements, its paragraphs parted by line breaks (as
   * pages of the 1990s are): that of the element holding the most text of its own, at least {@value
   * #LEAST_LINED_TEXT} characters of it, headings and links aside.
   */
  private static String textOfLinedPage(Element content) {
    Element most = null;
    for (Element element : content.select("*")) {
      if (!element.normalName().matches("h[1-6]|a|button|label|option|li|dt|dd|th")
          && (most == null || element.ownText().length() > most.ownText().length())) {
        most = element;
      }
    }
    return most == null
            || most.ownText().length() < LEAST_LINED_TEXT
            || most.getElementsByTag("br").isEmpty()
        ? null
        : tidy(HtmlText.toPlainText(most.html()));
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

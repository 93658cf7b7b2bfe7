package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;
import newsarchive.search.lucene.FixtureCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** {@code GET /feed.atom}: a search to subscribe to, as a valid Atom feed polled cheaply. */
class FeedTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @TempDir Path indexDir;

  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    FixtureCorpus.write(indexDir);
    server = new TestServer(indexDir);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void theFeedListsTheNewestMatchesLinkingEachToItsPageView() throws Exception {
    TestServer.Response response = server.get("/feed.atom?company=Amazon");
    assertEquals(200, response.status(), response.body());
    assertEquals("application/atom+xml; charset=utf-8", response.header("Content-Type"));

    Feed feed = parse(response.body());
    String base = server.url();
    Instant committed =
        Instant.parse(server.get("/api/health").json().get("lastCommit").asText())
            .truncatedTo(ChronoUnit.SECONDS);
    assertEquals(
        List.of(
            "Newsarchive: company: Amazon",
            base + "feed.atom?company=Amazon",
            "self " + base + "feed.atom?company=Amazon",
            "alternate " + base + "?company=Amazon",
            committed.toString()),
        List.of(
            feed.getTitle(),
            feed.getId(),
            "self " + feed.getOtherLinks().getFirst().getHref(),
            "alternate " + feed.getAlternateLinks().getFirst().getHref(),
            feed.getUpdated().toInstant().toString()));
    assertEquals(
        List.of(
            entry(
                "a01",
                "OpenAI adds Amazon cloud alongside Microsoft Azure",
                "2026-04-29T09:00:00Z",
                "OpenAI will run some of its models on Amazon Web Services, ending the exclusivity"
                    + " of Microsoft Azure. The partnership with Microsoft continues for research.",
                "OpenAI, Microsoft, Amazon, Partnerships, Cloud"),
            entry(
                "a11",
                "<script>alert(1)</script> Amazon chip news",
                "2025-11-02T09:00:00Z",
                "<img src=x onerror=alert(1)> Amazon showed new Trainium chips for its cloud."
                    + " Analysts said \"the chips\" & the cloud matter.",
                "Amazon, Chips"),
            entry(
                "a09",
                "FTC opens inquiry into cloud AI partnerships",
                "2024-01-25T09:00:00Z",
                "The Federal Trade Commission asked Microsoft, Amazon and Google about their"
                    + " investments in OpenAI and Anthropic.",
                "Microsoft, Amazon, Google, OpenAI, Anthropic, Regulation, Partnerships"),
            entry(
                "a03",
                "Amazon invests in Anthropic",
                "2023-09-25T09:00:00Z",
                "Amazon will invest up to four billion dollars in Anthropic, which picks Amazon"
                    + " Web Services as its primary cloud provider and will use Trainium chips.",
                "Amazon, Anthropic, Funding, Partnerships"),
            entry(
                "a16",
                "Amazon Web Services launches Bedrock",
                "2023-04-13T09:00:00Z",
                "Amazon Web Services launched Bedrock, a cloud service offering foundation models"
                    + " from several companies.",
                "Amazon, Cloud, Models")),
        feed.getEntries().stream().map(FeedTest::describe).toList());
  }

  @Test
  void theFeedOfAMisspelledSearchListsTheArticlesOfTheCorrectionItsSearchShowed() throws Exception {
    Feed typed = parse(server.get("/feed.atom?q=amazn").body());
    Feed corrected = parse(server.get("/feed.atom?q=amazon").body());

    assertEquals("Newsarchive: \"amazon\"", typed.getTitle());
    assertEquals(5, corrected.getEntries().size());
    assertEquals(
        corrected.getEntries().stream().map(FeedTest::describe).toList(),
        typed.getEntries().stream().map(FeedTest::describe).toList());
  }

  @Test
  void theFeedHasEveryElementAtomRequiresAndHostileTextStaysText() throws Exception {
    String hostile = "<script>alert('feed')</script> ]]> &amp; \u0001bell & \"quotes\"";
    index(
        new Article(
            "evil\"id<&>",
            hostile,
            "<b>Bold</b> claim \u0007 & more.",
            Instant.parse("2030-01-01T00:00:00Z"),
            "<i>Source</i>",
            "https://example.com/?a=1&b=<2>",
            List.of("<Author & Co>"),
            List.of("Amazon"),
            List.of("Chips"),
            Origin.file(Path.of("evil.txt"))));
    awaitDocuments(FixtureCorpus.ARTICLES.size() + 1);

    String body = server.get("/feed.atom?topic=Chips").body();
    assertFalse(body.contains("<script>") || body.contains("<b>"), "markup is escaped: " + body);
    Document xml = strictlyParsed(body);
    assertEquals(List.of(), missingRequiredElements(xml));

    Entry first = parse(body).getEntries().getFirst();
    assertEquals(
        List.of(
            "<script>alert('feed')</script> ]]> &amp; bell & \"quotes\"",
            "<b>Bold</b> claim & more.",
            server.url() + "?article=evil%22id%3C%26%3E",
            "https://example.com/?a=1&b=<2>",
            "<Author & Co>"),
        List.of(
            first.getTitle(),
            first.getSummary().getValue(),
            first.getAlternateLinks().getFirst().getHref(),
            first.getOtherLinks().stream()
                .filter(link -> link.getRel().equals("related"))
                .map(Link::getHref)
                .findFirst()
                .orElse("(no related link)"),
            first.getAuthors().getFirst().getName()));
  }

  @Test
  void aReaderPollingAnUnchangedFeedGetsNotModifiedUntilTheArchiveChanges() throws Exception {
    TestServer.Response first = server.get("/feed.atom?topic=Chips");
    String etag = first.header("ETag");
    String lastModified = first.header("Last-Modified");

    TestServer.Response sameTag = server.get("/feed.atom?topic=Chips", "If-None-Match", etag);
    TestServer.Response sameDate =
        server.get("/feed.atom?topic=Chips", "If-Modified-Since", lastModified);
    TestServer.Response otherSearch = server.get("/feed.atom?topic=Cloud", "If-None-Match", etag);
    assertEquals(
        List.of(304, "", etag, 304, 200),
        List.of(
            sameTag.status(),
            sameTag.body(),
            sameTag.header("ETag"),
            sameDate.status(),
            otherSearch.status()));

    index(
        FixtureCorpus.ARTICLES
            .getFirst()
            .withTags(List.of("Nvidia"), List.of("Nvidia"), List.of("Chips")));
    awaitTopFeedEntry("/feed.atom?topic=Chips", "a01");
    TestServer.Response changed = server.get("/feed.atom?topic=Chips", "If-None-Match", etag);
    assertEquals(200, changed.status());
    assertNotEquals(etag, changed.header("ETag"));
  }

  @Test
  void aFeedListsTheNewestFiftyMatches() throws Exception {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(
          new Article(
              "n" + i,
              "Brief " + i,
              "",
              Instant.parse("2027-01-01T00:00:00Z").plus(Duration.ofDays(i)),
              null,
              null,
              List.of(),
              List.of(),
              List.of(),
              Origin.file(Path.of("n" + i))));
    }
    index(many.toArray(Article[]::new));
    awaitDocuments(FixtureCorpus.ARTICLES.size() + 60);

    List<Entry> entries = parse(server.get("/feed.atom?q=brief&sort=oldest").body()).getEntries();
    assertEquals(
        java.util.stream.IntStream.iterate(59, i -> i >= 10, i -> i - 1)
            .mapToObj(i -> "Brief " + i)
            .toList(),
        entries.stream().map(Entry::getTitle).toList(),
        "newest first, whatever sort asks, and no summary for an empty body");
    assertTrue(entries.stream().allMatch(e -> e.getSummary() == null));
  }

  @Test
  void badSearchParametersAreAJsonError() throws Exception {
    TestServer.Response response = server.get("/feed.atom?from=2026-13");
    assertEquals(
        List.of(400, "application/json"),
        List.of(response.status(), response.header("Content-Type")));
  }

  /** The elements RFC 4287 requires that {@code feed} lacks, each as a sentence; none is good. */
  private static List<String> missingRequiredElements(Document feed) {
    List<String> missing = new ArrayList<>();
    Element root = feed.getDocumentElement();
    if (!ATOM.equals(root.getNamespaceURI()) || !root.getLocalName().equals("feed")) {
      missing.add("the root is not atom:feed");
    }
    for (String name : List.of("id", "title", "updated")) {
      if (children(root, name).size() != 1) {
        missing.add("feed needs one " + name);
      }
    }
    boolean feedAuthor = !children(root, "author").isEmpty();
    for (Element entry : children(root, "entry")) {
      String id = text(children(entry, "id"));
      for (String name : List.of("id", "title", "updated")) {
        if (children(entry, name).size() != 1) {
          missing.add("entry " + id + " needs one " + name);
        }
      }
      if (!feedAuthor && children(entry, "author").isEmpty()) {
        missing.add("entry " + id + " needs an author");
      }
      boolean alternate =
          children(entry, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("alternate"));
      if (children(entry, "content").isEmpty() && !alternate) {
        missing.add("entry " + id + " has no content, so it needs a link rel=alternate");
      }
      for (Element date : children(entry, "updated")) {
        Instant.parse(date.getTextContent()); // an RFC 3339 date-time, or this throws
      }
    }
    return missing;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && ATOM.equals(element.getNamespaceURI())
          && element.getLocalName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(List<Element> elements) {
    return elements.isEmpty() ? "(none)" : elements.getFirst().getTextContent();
  }

  /** {@code xml} parsed by a parser that refuses DOCTYPEs and reports any ill-formed byte. */
  private static Document strictlyParsed(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory
        .newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Feed parse(String xml) throws Exception {
    // Without the healer, so that Rome reads the feed as written.
    return (Feed) new WireFeedInput(false, Locale.ROOT).build(new StringReader(xml));
  }

  private String entry(String id, String title, String updated, String summary, String terms) {
    return String.join(" | ", server.url() + "?article=" + id, title, updated, summary, terms);
  }

  private static String describe(Entry entry) {
    return String.join(
        " | ",
        entry.getAlternateLinks().getFirst().getHref(),
        entry.getTitle(),
        entry.getUpdated().toInstant().toString(),
        entry.getSummary().getValue(),
        entry.getCategories().stream().map(c -> c.getTerm()).collect(Collectors.joining(", ")));
  }

  private void index(Article... articles) throws Exception {
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
      for (Article article : articles) {
        indexer.upsert(article.id(), indexer.document(article, "new-" + article.id()));
      }
      indexer.commit("");
    }
  }

  private void awaitDocuments(long documents) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.get("/api/health").json().get("documents").asLong() != documents) {
      assertTrue(System.nanoTime() < deadline, "the server never served the new version");
      Thread.sleep(20);
    }
  }

  private void awaitTopFeedEntry(String feed, String id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!parse(server.get(feed).body()).getEntries().getFirst().getId().endsWith("=" + id)) {
      assertTrue(System.nanoTime() < deadline, "the feed never showed " + id);
      Thread.sleep(20);
    }
  }
}

package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsarchive.article.Article;
import newsarchive.http.ArchiveServer;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleSchema;
import newsarchive.index.ArticleSchema.FacetDimension;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A facet dimension that only the indexer is given (a country, derived from the source) reaches the
 * HTTP API and the page with no change to either: listed, filtered by, counted sideways, shown.
 */
class FourthDimensionTest {

  /** Where each fixture source is based; the hostile article's source is nowhere. */
  private static final Map<String, List<String>> COUNTRIES =
      Map.of(
          "The Ledger", List.of("United Kingdom"),
          "Tech Daily", List.of("United States"),
          "Newsarchive Briefs", List.of("United States", "Canada"));

  private static final FacetDimension COUNTRY =
      new FacetDimension(
          "country", "Country", article -> COUNTRIES.getOrDefault(article.source(), List.of()));

  private static final List<Article> ARTICLES = FixtureArchive.ARTICLES;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  static SearchService search;
  static ArchiveServer server;
  static HeadlessChromium browser;

  @BeforeAll
  static void start() throws IOException {
    Path index = dir.resolve("index");
    List<FacetDimension> dimensions =
        Stream.concat(ArticleSchema.DIMENSIONS.stream(), Stream.of(COUNTRY)).toList();
    try (ArticleIndexer indexer = ArticleIndexer.open(FSDirectory.open(index), true, dimensions)) {
      for (Article article : ARTICLES) {
        indexer.upsert(article.id(), indexer.document(article, "hash-" + article.id()));
      }
      indexer.commit("");
    }
    search = LuceneSearch.open(index);
    server = ArchiveServer.start(search, "127.0.0.1", 0);
    browser = HeadlessChromium.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() throws IOException {
    browser.close();
    server.close();
    search.close();
  }

  @Test
  void theApiListsTheFourthDimensionAfterTheSchemasOwn() throws Exception {
    assertEquals(
        JSON.readTree(
            """
            [{"name":"company","label":"Company"},{"name":"topic","label":"Topic"},
             {"name":"source","label":"Source"},{"name":"country","label":"Country"}]"""),
        get("/api/dimensions"));
  }

  @Test
  void aCountryFiltersTheSearchAndEveryCountryKeepsItsSidewaysCount() throws Exception {
    JsonNode result = get("/api/search?size=100&country=" + encode("United Kingdom"));
    List<Article> british = matching(in("United Kingdom"));
    assertEquals(british.size(), result.get("total").asInt());
    assertEquals(sorted(titles(british)), sorted(texts(result.get("hits"), "title")));
    assertEquals(
        facet(countryCounts(ARTICLES), List.of("United Kingdom")),
        result.get("facets").get("country"),
        "drill sideways: the country filter leaves every country's count as over all articles");
    assertEquals(
        facet(topicCounts(british), List.of()),
        result.get("facets").get("topic"),
        "the other dimensions count the British articles only");

    JsonNode regulation =
        get("/api/search?size=100&topic=Regulation&country=" + encode("United Kingdom"));
    assertEquals(
        sorted(titles(matching(in("United Kingdom").and(a -> a.topics().contains("Regulation"))))),
        sorted(texts(regulation.get("hits"), "title")));
    assertEquals(
        facet(
            countryCounts(matching(a -> a.topics().contains("Regulation"))),
            List.of("United Kingdom")),
        regulation.get("facets").get("country"),
        "the countries count the regulation articles, sideways of the country filter");
  }

  @Test
  void theTimelineChartsCountriesAsSeriesAndAsTopValues() throws Exception {
    Map<String, Long> counts = countryCounts(matching(a -> a.published() != null));
    JsonNode charted = get("/api/timeline?interval=year&series=country:Canada");
    assertEquals(List.of("country:Canada"), texts(charted.get("series"), "value"));
    assertEquals(counts.get("Canada"), charted.get("series").get(0).get("total").asLong());

    JsonNode top = get("/api/timeline?interval=year&top=country:2");
    assertEquals(
        List.of("country:United States", "country:United Kingdom"),
        texts(top.get("series"), "value"));
    assertEquals(
        List.of(counts.get("United States"), counts.get("United Kingdom")),
        List.of(
            top.get("series").get(0).get("total").asLong(),
            top.get("series").get(1).get("total").asLong()));
  }

  @Test
  void thePageShowsACountryFacetAndTickingAValueFiltersTheList() throws Exception {
    browser.consoleErrors();
    browser.open(server.url());
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#facet-values-country li")).isEmpty());
    assertEquals(List.of("Country"), browser.contents("#facet-country-heading"));
    Map<String, String> shown = pageCounts();
    Map<String, String> expected = new TreeMap<>();
    countryCounts(ARTICLES).forEach((country, count) -> expected.put(country, count.toString()));
    assertEquals(expected, shown);

    browser
        .driver()
        .findElement(By.cssSelector("#facet-values-country input[value='Canada']"))
        .click();

    browser.waitFor(
        sorted(titles(matching(in("Canada")))), () -> sorted(browser.texts("#hits .hit-title")));
    assertEquals(shown, pageCounts(), "drill sideways: every country keeps its count");
    assertEquals(
        "country=Canada",
        URI.create(browser.driver().getCurrentUrl()).getQuery(),
        "the selection is in the address, named after the dimension");
    assertEquals(List.of(), browser.consoleErrors(), "console errors");
  }

  private static Predicate<Article> in(String country) {
    return article -> COUNTRY.values().apply(article).contains(country);
  }

  private static List<Article> matching(Predicate<Article> condition) {
    return ARTICLES.stream().filter(condition).toList();
  }

  private static Map<String, Long> countryCounts(List<Article> articles) {
    return counts(articles.stream().flatMap(a -> COUNTRY.values().apply(a).stream()));
  }

  private static Map<String, Long> topicCounts(List<Article> articles) {
    return counts(articles.stream().flatMap(a -> a.topics().stream()));
  }

  private static Map<String, Long> counts(Stream<String> values) {
    return values.collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
  }

  /**
   * A facet as the API lists it: most articles first, ties in byte order (the TreeMap's), each
   * marked selected or not.
   */
  private static JsonNode facet(Map<String, Long> counts, List<String> selected) {
    ArrayNode values = JSON.createArrayNode();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(
            entry ->
                values
                    .addObject()
                    .put("value", entry.getKey())
                    .put("count", entry.getValue().intValue())
                    .put("selected", selected.contains(entry.getKey())));
    return values;
  }

  /** The page's values and counts of the country facet. */
  private static Map<String, String> pageCounts() {
    Map<String, String> counts = new TreeMap<>();
    for (WebElement item :
        browser.driver().findElements(By.cssSelector("#facet-values-country li"))) {
      counts.put(
          item.findElement(By.className("facet-name")).getText(),
          item.findElement(By.className("facet-count")).getText());
    }
    return counts;
  }

  private static List<String> titles(List<Article> articles) {
    return articles.stream().map(Article::title).toList();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.get(field).asText()));
    return texts;
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }
}

package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/export} writes every match in CSV or JSON Lines, exactly and safely; a subclass
 * runs the same tests on another backend by overriding {@link #fixture}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Articles whose text tries every trap of a CSV file: commas, quotes, line breaks, formulas, text
   * beyond ASCII, a missing date, source and URL.
   */
  static final List<Article> ARTICLES =
      List.of(
          new Article(
              "x1",
              "Amazon, Nvidia and the \"AI\" cloud",
              "First paragraph about the cloud.\n\nSecond paragraph, with a comma.",
              Instant.parse("2026-04-29T09:30:00Z"),
              "Tech Wire",
              "https://example.com/x1",
              List.of("Staff"),
              List.of("Amazon", "Nvidia"),
              List.of("Cloud", "Chips"),
              Origin.file(Path.of("x1.txt"))),
          new Article(
              "x2",
              "=HYPERLINK(\"http://evil.example\",\"cloud\")",
              "-2+3 cloud",
              Instant.parse("2026-04-28T00:00:00Z"),
              "@wire",
              null,
              List.of(),
              List.of("Amazon"),
              List.of(),
              Origin.file(Path.of("x2.txt"))),
          new Article(
              "x3",
              "Zürich cloud café opens — Ünïcode",
              "+41 cloud\r\nline",
              null,
              null,
              null,
              List.of(),
              List.of(),
              List.of("Cloud"),
              Origin.file(Path.of("x3.txt"))),
          new Article(
              "x4",
              "Chips only",
              "Nothing about the other thing.",
              Instant.parse("2026-01-01T00:00:00Z"),
              "Tech Wire",
              null,
              List.of(),
              List.of("Nvidia"),
              List.of("Chips"),
              Origin.file(Path.of("x4.txt"))));

  @TempDir static Path indexDir;

  static TestServer server;

  /** The search service over {@link #ARTICLES} that the class's server answers from. */
  SearchService fixture() throws Exception {
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, true)) {
      for (Article article : ARTICLES) {
        indexer.upsert(article.id(), indexer.document(article, article.id()));
      }
      indexer.commit("");
    }
    return LuceneSearch.open(indexDir);
  }

  @BeforeAll
  void start() throws Exception {
    server = new TestServer(fixture());
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void csvQuotesWhatNeedsQuotingDefusesFormulasAndKeepsUnicode() throws Exception {
    TestServer.Response response = server.get("/api/export?q=cloud&sort=newest");

    assertEquals(200, response.status(), response.body());
    assertEquals(
        List.of("text/csv; charset=utf-8", "attachment; filename=\"newsarchive-cloud.csv\"", "3"),
        List.of(
            response.header("Content-Type"),
            response.header("Content-Disposition"),
            response.header("X-Total-Count")));
    assertEquals(
        "id,published,title,source,url,companies,topics\r\n"
            + "x1,2026-04-29T09:30:00Z,\"Amazon, Nvidia and the \"\"AI\"\" cloud\",Tech Wire,"
            + "https://example.com/x1,Amazon; Nvidia,Cloud; Chips\r\n"
            + "x2,2026-04-28T00:00:00Z,"
            + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"cloud\"\")\",'@wire,,Amazon,\r\n"
            + "x3,,Zürich cloud café opens — Ünïcode,,,,Cloud\r\n",
        response.body());
  }

  @Test
  void aMisspelledSearchExportsTheArticlesOfTheCorrectionItsSearchShowed() throws Exception {
    assertEquals(
        "cloud", server.get("/api/search?q=clowd").json().get("corrected").get("query").asText());
    TestServer.Response typed = server.get("/api/export?q=clowd&sort=newest");
    TestServer.Response corrected = server.get("/api/export?q=cloud&sort=newest");

    assertEquals(200, typed.status(), typed.body());
    assertEquals(
        List.of("attachment; filename=\"newsarchive-cloud.csv\"", "3", corrected.body()),
        List.of(typed.header("Content-Disposition"), typed.header("X-Total-Count"), typed.body()));
  }

  @Test
  void csvWithBodiesQuotesLineBreaksAndDefusesBodiesToo() throws Exception {
    TestServer.Response response =
        server.get("/api/export?format=csv&fields=body&q=cloud&company=amazon&sort=oldest");

    assertEquals(
        "attachment; filename=\"newsarchive-cloud-company-amazon.csv\"",
        response.header("Content-Disposition"));
    assertEquals(
        "id,published,title,source,url,companies,topics,body\r\n"
            + "x2,2026-04-28T00:00:00Z,"
            + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"cloud\"\")\",'@wire,,Amazon,,'-2+3 cloud"
            + "\r\n"
            + "x1,2026-04-29T09:30:00Z,\"Amazon, Nvidia and the \"\"AI\"\" cloud\",Tech Wire,"
            + "https://example.com/x1,Amazon; Nvidia,Cloud; Chips,"
            + "\"First paragraph about the cloud.\n\nSecond paragraph, with a comma.\"\r\n",
        response.body());
  }

  @Test
  void jsonLinesHasOneObjectPerArticleWithTheSameFieldsAsTheCsvColumns() throws Exception {
    TestServer.Response response = server.get("/api/export?format=jsonl&fields=body&topic=cloud");

    assertEquals(200, response.status(), response.body());
    assertEquals("application/x-ndjson; charset=utf-8", response.header("Content-Type"));
    assertEquals(
        "attachment; filename=\"newsarchive-topic-cloud.jsonl\"",
        response.header("Content-Disposition"));
    List<Object> lines =
        Arrays.stream(response.body().split("\n")).map(line -> read(line)).toList();
    assertEquals(
        List.of(
            row(
                "x1",
                "2026-04-29T09:30:00Z",
                "Amazon, Nvidia and the \"AI\" cloud",
                "Tech Wire",
                "https://example.com/x1",
                List.of("Amazon", "Nvidia"),
                List.of("Cloud", "Chips"),
                "First paragraph about the cloud.\n\nSecond paragraph, with a comma."),
            row(
                "x3",
                null,
                "Zürich cloud café opens — Ünïcode",
                null,
                null,
                List.of(),
                List.of("Cloud"),
                "+41 cloud\r\nline")),
        lines);
    assertEquals(2, response.body().chars().filter(c -> c == '\n').count(), "one line each");
  }

  /** Two of these articles were published at midnight UTC, one on the first day of a year. */
  @Test
  void anArticlePublishedAtMidnightCountsInThePeriodItOpens() throws Exception {
    JsonNode months = server.get("/api/search?interval=month").json().get("histogram");
    JsonNode timeline =
        server.get("/api/timeline?series=company:Nvidia&interval=month").json().get("series");

    assertEquals(
        JSON.readTree(
            """
            [{"period":"2026-01","count":1},{"period":"2026-02","count":0},
             {"period":"2026-03","count":0},{"period":"2026-04","count":2}]"""),
        months);
    assertEquals(
        JSON.readTree(
            """
            [{"value":"company:Nvidia","total":2,"points":[
              {"period":"2026-01","count":1},{"period":"2026-02","count":0},
              {"period":"2026-03","count":0},{"period":"2026-04","count":1}]}]"""),
        timeline);
  }

  @Test
  void anExportWithNoMatchIsTheHeaderAlone() throws Exception {
    TestServer.Response response = server.get("/api/export?q=nothingmatchesthis");

    assertEquals(
        List.of("0", "id,published,title,source,url,companies,topics\r\n"),
        List.of(response.header("X-Total-Count"), response.body()));
  }

  @Test
  void theFileNameSaysWhatWasSearchedInPlainAscii() throws Exception {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("", "newsarchive-all-articles.csv");
    names.put(
        "q=Z%C3%BCrich+caf%C3%A9&from=2026-04", "newsarchive-zurich-cafe-2026-04-01-to-now.csv");
    names.put(
        "to=2025&source=Tech+Wire&format=jsonl",
        "newsarchive-source-tech-wire-until-2025-12-31.jsonl");
    names.put("q=%E5%8C%97%E4%BA%AC", "newsarchive-search.csv");
    names.put("q=" + "cloud+".repeat(20), "newsarchive-" + "cloud-".repeat(9) + "cloud.csv");
    Map<String, String> actual = new LinkedHashMap<>();
    for (String query : names.keySet()) {
      actual.put(query, server.get("/api/export?" + query).header("Content-Disposition"));
    }
    names.replaceAll((query, name) -> "attachment; filename=\"" + name + "\"");
    assertEquals(names, actual);
  }

  @Test
  void badParametersAreJsonErrorsNotDownloads() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("format=xml", "format must be one of csv, jsonl, got 'xml'.");
    expected.put(
        "fields=summary",
        "fields may only name body (every other field is always exported), got 'summary'.");
    expected.put("q=cloud%20OR", null);
    for (Map.Entry<String, String> bad : expected.entrySet()) {
      TestServer.Response response = server.get("/api/export?" + bad.getKey());
      assertEquals(
          List.of(400, "application/json", "null"),
          List.of(
              response.status(),
              response.header("Content-Type"),
              String.valueOf(response.header("Content-Disposition"))),
          bad.getKey());
      if (bad.getValue() != null) {
        assertEquals(bad.getValue(), response.json().get("message").asText());
      }
    }
  }

  private static Object read(String line) {
    try {
      return JSON.readValue(line, Map.class);
    } catch (Exception e) {
      throw new AssertionError("not a JSON object: " + line, e);
    }
  }

  private static Map<String, Object> row(
      String id,
      String published,
      String title,
      String source,
      String url,
      List<String> companies,
      List<String> topics,
      String body) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("published", published);
    row.put("title", title);
    row.put("source", source);
    row.put("url", url);
    row.put("companies", companies);
    row.put("topics", topics);
    row.put("body", body);
    return row;
  }
}

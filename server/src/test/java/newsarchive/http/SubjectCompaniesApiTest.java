package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
import newsarchive.search.lucene.SubjectCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code companyRole} on {@code /api/search}, over articles tagged by the archive's own table; a
 * subclass runs the same tests on another backend by overriding {@link #fixture}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectCompaniesApiTest {

  @TempDir static Path dir;
  private static TestServer server;

  /** The search service over {@link SubjectCorpus} that the class's server answers from. */
  SearchService fixture() throws Exception {
    SubjectCorpus.write(dir);
    return LuceneSearch.open(dir);
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
  void subjectOnlyNarrowsTheVendorFilterAndCountsToTheArticlesAboutTheCompany() throws Exception {
    JsonNode any = json("/api/search?company=Nvidia");
    JsonNode subject = json("/api/search?company=Nvidia&companyRole=subject");

    assertEquals(List.of("supply-eases", "microsoft-regions", "nvidia-revenue"), ids(any));
    assertEquals(Map.of("Microsoft", 4, "Nvidia", 3, "OpenAI", 1), counts(any, "company"));
    assertEquals(List.of("nvidia-revenue"), ids(subject));
    assertEquals(Map.of("Microsoft", 2, "Nvidia", 1, "OpenAI", 1), counts(subject, "company"));
    assertEquals(Map.of("Chips", 1), counts(subject, "topic"));
    assertEquals(Map.of("Tech Wire", 1), counts(subject, "source"));
    assertEquals(1, subject.get("total").asInt());
  }

  @Test
  void theRoleIsReadCaseInsensitivelyAndAnyIsTheDefault() throws Exception {
    assertEquals(
        json("/api/search?company=Nvidia").get("facets"),
        json("/api/search?company=Nvidia&companyRole=ANY").get("facets"));
    assertEquals(
        List.of("nvidia-revenue"), ids(json("/api/search?company=Nvidia&companyRole=Subject")));
  }

  @Test
  void hitsListEveryCompanyTheyNameMostSalientFirst() throws Exception {
    JsonNode hit = json("/api/search?company=Microsoft&companyRole=subject").get("hits").get(1);

    assertEquals("microsoft-regions", hit.get("id").asText());
    assertEquals("[\"Microsoft\",\"Nvidia\"]", hit.get("companies").toString());
  }

  @Test
  void timelineCoMentionsAndExportCountSubjectsOnlyUnderTheSubjectRole() throws Exception {
    ObjectNode timeline =
        (ObjectNode)
            json(
                "/api/timeline?series=company:Nvidia&series=company:Microsoft&interval=year"
                    + "&companyRole=subject");
    timeline.put("tookMs", 0);
    assertEquals(
        new ObjectMapper()
            .readTree(
                """
                {"interval":"year","normalize":"count","matches":5,"series":[
                  {"value":"company:Nvidia","total":1,"points":[{"period":"2026","count":1}]},
                  {"value":"company:Microsoft","total":2,"points":[{"period":"2026","count":2}]}],
                 "denominator":"all articles per year","periods":[{"period":"2026","count":5}],
                 "partial":false,"tookMs":0}
                """),
        timeline);
    // Microsoft is the subject of two articles, neither of which has another subject company.
    JsonNode comentions = json("/api/comentions?company=Microsoft&companyRole=subject");
    assertEquals(
        List.of(2, 5, "[]"),
        List.of(
            comentions.get("total").asInt(),
            comentions.get("population").asInt(),
            comentions.get("companies").toString()));
    assertEquals(
        "id,published,title,source,url,companies,topics\r\n"
            + "nvidia-revenue,2026-01-10T09:00:00Z,Nvidia reports record data centre revenue,"
            + "Tech Wire,https://example.com/nvidia-revenue,Nvidia; Microsoft,Chips\r\n",
        server.get("/api/export?company=Nvidia&companyRole=subject").body());
  }

  private static JsonNode json(String pathAndQuery) throws Exception {
    TestServer.Response response = server.get(pathAndQuery);
    assertEquals(200, response.status(), response.body());
    return response.json();
  }

  private static List<String> ids(JsonNode result) {
    return StreamSupport.stream(result.get("hits").spliterator(), false)
        .map(hit -> hit.get("id").asText())
        .toList();
  }

  private static Map<String, Integer> counts(JsonNode result, String dimension) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    result
        .get("facets")
        .get(dimension)
        .forEach(value -> counts.put(value.get("value").asText(), value.get("count").asInt()));
    return counts;
  }
}

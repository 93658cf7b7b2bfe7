package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import newsarchive.search.lucene.SubjectCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code companyRole} on {@code /api/search}, over articles tagged by the archive's own table. */
class SubjectCompaniesApiTest {

  @TempDir static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    SubjectCorpus.write(dir);
    server = new TestServer(dir);
  }

  @AfterAll
  static void stop() throws Exception {
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

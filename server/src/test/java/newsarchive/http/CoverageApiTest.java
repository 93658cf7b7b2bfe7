package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The shapes of /api/timeline and /api/comentions, as the page and scripts rely on them. */
class CoverageApiTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode json(String pathAndQuery) throws Exception {
    TestServer.Response response = server.get(pathAndQuery);
    assertEquals(200, response.status(), response.body());
    assertEquals("application/json", response.header("Content-Type"));
    ObjectNode body = (ObjectNode) response.json();
    body.put("tookMs", 0);
    return body;
  }

  private static JsonNode parse(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void aTimelineGivesEachSeriesCountsAndSharesPerPeriodAndSaysWhatItDividedBy() throws Exception {
    assertEquals(
        parse(
            """
            {"interval":"year","normalize":"share","matches":4,
             "series":[
               {"value":"company:Nvidia","total":2,"points":[
                 {"period":"2024","count":2,"share":1.0},{"period":"2025","count":0,"share":0.0}]},
               {"value":"company:Amazon","total":1,"points":[
                 {"period":"2024","count":0,"share":0.0},{"period":"2025","count":1,"share":0.5}]}],
             "denominator":"articles matching topic=Chips per year",
             "periods":[{"period":"2024","count":2},{"period":"2025","count":2}],
             "partial":false,"tookMs":0}
            """),
        json(
            "/api/timeline?topic=Chips&series=company:Nvidia&series=company:amazon"
                + "&interval=year&normalize=share"));
  }

  @Test
  void aTimelineWithoutSeriesChartsTheTopValuesOfTheMatchesAndCountsOnly() throws Exception {
    assertEquals(
        parse(
            """
            {"interval":"month","normalize":"count","matches":4,
             "series":[
               {"value":"topic:Chips","total":2,"points":[
                 {"period":"2024-01","count":0},{"period":"2024-02","count":0},
                 {"period":"2024-03","count":1},{"period":"2024-04","count":0},
                 {"period":"2024-05","count":0},{"period":"2024-06","count":1}]},
               {"value":"topic:Partnerships","total":2,"points":[
                 {"period":"2024-01","count":1},{"period":"2024-02","count":0},
                 {"period":"2024-03","count":0},{"period":"2024-04","count":0},
                 {"period":"2024-05","count":0},{"period":"2024-06","count":1}]}],
             "denominator":"articles matching company=OpenAI, company=Nvidia, from=2024-01-01,\
             to=2024-06-30 per month",
             "periods":[{"period":"2024-01","count":1},{"period":"2024-02","count":0},
               {"period":"2024-03","count":1},{"period":"2024-04","count":0},
               {"period":"2024-05","count":0},{"period":"2024-06","count":2}],
             "partial":false,"tookMs":0}
            """),
        json(
            "/api/timeline?company=OpenAI&company=Nvidia&from=2024-01&to=2024-06"
                + "&top=topic:2&interval=month"));
  }

  @Test
  void coMentionsListCountShareLiftAndMonthlySeriesOfTheTopPairs() throws Exception {
    ObjectNode body = json("/api/comentions?company=Amazon&q=cloud&size=2");
    assertEquals(
        parse(
            """
            {"company":"Amazon","total":5,"population":8,
             "companies":[
               {"value":"Anthropic","count":2,"share":0.4,"lift":1.0667},
               {"value":"Microsoft","count":2,"share":0.4,"lift":0.8}],
             "partial":false,"tookMs":0}
            """),
        withoutMonths(body));
    // Amazon's articles on cloud run from 2023-04 to 2026-04; Anthropic is in two of them.
    JsonNode months = body.get("companies").get(0).get("months");
    assertEquals(37, months.size());
    assertEquals("2023-09 1, 2024-01 1", nonZero(months));
  }

  @Test
  void aMisspelledSearchCountsTheArticlesOfTheCorrectionItsSearchShowed() throws Exception {
    assertEquals(
        "cloud", server.get("/api/search?q=clowd").json().get("corrected").get("query").asText());
    ObjectNode timeline = json("/api/timeline?q=cloud&top=company:3&interval=year");
    ObjectNode comentions = json("/api/comentions?company=Amazon&q=cloud&size=2");

    assertEquals(5, comentions.get("total").asLong());
    assertEquals(timeline, json("/api/timeline?q=clowd&top=company:3&interval=year"));
    assertEquals(comentions, json("/api/comentions?company=Amazon&q=clowd&size=2"));
  }

  private static JsonNode withoutMonths(ObjectNode body) {
    ObjectNode copy = body.deepCopy();
    copy.get("companies").forEach(company -> ((ObjectNode) company).remove("months"));
    return copy;
  }

  private static String nonZero(JsonNode months) {
    StringBuilder text = new StringBuilder();
    for (JsonNode month : months) {
      if (month.get("count").asLong() > 0) {
        text.append(text.isEmpty() ? "" : ", ")
            .append(month.get("period").asText())
            .append(' ')
            .append(month.get("count").asLong());
      }
    }
    return text.toString();
  }
}

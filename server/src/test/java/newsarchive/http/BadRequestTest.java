package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsarchive.search.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadRequestTest {

  @TempDir static Path indexDir;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    FixtureCorpus.write(indexDir);
    server = new TestServer(indexDir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?q=%22open | 400 | bad_query | Cannot read the query: The quote at character 1 is"
            + " never closed; add a \".",
        "/api/search?q=(a+OR+b | 400 | bad_query | Cannot read the query: The ( at character 1 is never"
            + " closed; add a ).",
        "/api/search?sort=popular | 400 | bad_parameter | sort must be one of relevance, newest,"
            + " oldest, got 'popular'.",
        "/api/search?from=2026-13 | 400 | bad_parameter | from must be a date as YYYY, YYYY-MM or"
            + " YYYY-MM-DD (e.g. 2026-04-29), got '2026-13'.",
        "/api/search?to=yesterday | 400 | bad_parameter | to must be a date as YYYY, YYYY-MM or"
            + " YYYY-MM-DD (e.g. 2026-04-29), got 'yesterday'.",
        "/api/search?from=2026-05&to=2026-04 | 400 | bad_parameter | from (2026-05-01) is after to"
            + " (2026-04-30); swap them or widen the range.",
        "/api/search?size=101 | 400 | bad_parameter | size must be between 1 and 100, got 101.",
        "/api/search?size=0 | 400 | bad_parameter | size must be between 1 and 100, got 0.",
        "/api/search?size=ten | 400 | bad_parameter | size must be a whole number, got 'ten'.",
        "/api/search?page=0 | 400 | bad_parameter | page must be 1 or more, got 0.",
        "/api/search?page=101&size=100 | 400 | bad_parameter | page × size must be at most 10000 (got"
            + " 101 × 100); use the cursor from nextCursor to walk further.",
        "/api/search?cursor=bm9wZQ | 400 | bad_parameter | cursor is not valid: it belongs to"
            + " sort=nope, not sort=newest; start again from page 1 and follow nextCursor.",
        "/api/search?cursor=%25%25 | 400 | bad_parameter | cursor is not valid: it is damaged; start"
            + " again from page 1 and follow nextCursor.",
        "/api/search?interval=week | 400 | bad_parameter | interval must be one of day, month, year,"
            + " got 'week'.",
        "/api/search?facetSize=1000 | 400 | bad_parameter | facetSize must be between 1 and 100, got"
            + " 1000.",
        "/api/articles/a99 | 404 | not_found | No article has the id 'a99'.",
        "/api/unknown | 404 | not_found | Nothing is at GET /api/unknown.",
      })
  void eachClientMistakeIsAJsonErrorThatSaysWhatIsWrong(
      String path, int status, String error, String message) throws Exception {
    TestServer.Response response = server.get(path);
    assertEquals(status, response.status(), response.body());
    assertEquals(error, response.json().get("error").asText());
    assertEquals(message, response.json().get("message").asText());
  }

  @Test
  void aTooLongQueryTooManyTermsOrTooDeepNestingIsRefused() throws Exception {
    assertEquals(
        "The query is 1001 characters long; the limit is 1000.",
        message(server.get("/api/search?q=" + "a".repeat(1001))));
    assertEquals(
        "Cannot read the query: The query has more than 64 terms (at character 129); shorten it.",
        message(server.get("/api/search?q=" + "a+".repeat(65))));
    assertEquals(
        "Cannot read the query: The query nests parentheses deeper than 8 (at character 9).",
        message(server.get("/api/search?q=" + encode("(".repeat(9) + "a" + ")".repeat(9)))));
  }

  @Test
  void anotherMethodOnAnApiRouteIsA405() throws Exception {
    TestServer.Response response = server.send("POST", "/api/search");
    assertEquals(405, response.status());
    assertEquals(
        "{\"error\":\"method_not_allowed\",\"message\":\"POST is not allowed on /api/search; use"
            + " GET.\"}",
        response.body());
  }

  @Test
  void aMalformedUrlEncodingIsReadLenientlyNotAnError() throws Exception {
    URI uri = URI.create(server.url());
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /api/search?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
      assertEquals("HTTP/1.1 200 OK", status);
    }
  }

  @Test
  void noQueryAnyoneTypesCausesAServerError() throws Exception {
    Random random = new Random(20260429L);
    String alphabet =
        "abc amazon cloud \"()-+*:OR AND NOT title:company:topic:source:body:&|!?/\\^~[]{}é中\t";
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder query = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        query.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      TestServer.Response response = server.get("/api/search?q=" + encode(query.toString()));
      boolean answered = response.status() == 200 || response.status() == 400;
      if (!answered || (response.status() == 400 && !response.json().has("message"))) {
        failures.add(query + " → " + response.status() + " " + response.body());
      }
    }
    assertEquals(List.of(), failures);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String message(TestServer.Response response) throws Exception {
    assertEquals(400, response.status(), response.body());
    JsonNode body = response.json();
    return body.get("message").asText();
  }
}

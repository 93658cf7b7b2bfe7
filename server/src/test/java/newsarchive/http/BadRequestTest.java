package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadRequestTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

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
        "/api/search?from=2026-13 | 400 | bad_parameter | from must be a date as YYYY, YYYY-MM,"
            + " YYYY-MM-DD, a quarter YYYY-Qn or an ISO week YYYY-Www (e.g. 2026-04-29, 2026-Q2 or"
            + " 2026-W18), got '2026-13'.",
        "/api/search?to=yesterday | 400 | bad_parameter | to must be a date as YYYY, YYYY-MM,"
            + " YYYY-MM-DD, a quarter YYYY-Qn or an ISO week YYYY-Www (e.g. 2026-04-29, 2026-Q2 or"
            + " 2026-W18), got 'yesterday'.",
        "/api/search?from=2026-Q5 | 400 | bad_parameter | from must be a date as YYYY, YYYY-MM,"
            + " YYYY-MM-DD, a quarter YYYY-Qn or an ISO week YYYY-Www (e.g. 2026-04-29, 2026-Q2 or"
            + " 2026-W18), got '2026-Q5'.",
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
        "/api/search?interval=hour | 400 | bad_parameter | interval must be one of day, week, month,"
            + " quarter, year, got 'hour'.",
        "/api/search?companyRole=main | 400 | bad_parameter | companyRole must be one of any,"
            + " subject, got 'main'.",
        "/api/timeline?series=Nvidia | 400 | bad_parameter | series must be a dimension and a value"
            + " such as company:Nvidia (dimensions: company, topic, source), got 'Nvidia'.",
        "/api/timeline?series=vendor:Nvidia | 400 | bad_parameter | series must be a dimension and a"
            + " value such as company:Nvidia (dimensions: company, topic, source), got"
            + " 'vendor:Nvidia'.",
        "/api/timeline?series=company:A&series=company:B&series=company:C&series=company:D"
            + "&series=company:E&series=company:F&series=company:G&series=company:H"
            + "&series=company:I&series=company:J&series=company:K | 400 | bad_parameter | at most 10"
            + " series may be charted at once, got 11.",
        "/api/timeline?series=company:A&series=company:A | 400 | bad_parameter | each series may be"
            + " given only once.",
        "/api/timeline?series=company:A&top=company:3 | 400 | bad_parameter | use either series or"
            + " top, not both.",
        "/api/timeline?top=company:50 | 400 | bad_parameter | top must ask for 1 to 10 values, got"
            + " 50.",
        "/api/timeline?top=company:many | 400 | bad_parameter | top must be a dimension and a count"
            + " as company:5, got 'company:many'.",
        "/api/timeline?normalize=percent | 400 | bad_parameter | normalize must be one of count,"
            + " share, got 'percent'.",
        "/api/timeline?q=%22open | 400 | bad_query | Cannot read the query: The quote at character 1"
            + " is never closed; add a \".",
        "/api/comentions | 400 | bad_parameter | company is required: the company whose co-mentions"
            + " to list, e.g. company=OpenAI.",
        "/api/comentions?company=OpenAI&company=Amazon | 400 | bad_parameter | company must be given"
            + " once: the company whose co-mentions to list, got 2.",
        "/api/comentions?company=OpenAI&size=500 | 400 | bad_parameter | size must be between 1 and"
            + " 100, got 500.",
        "/api/comentions?company=OpenAI&from=2026-W60 | 400 | bad_parameter | from must be a date as"
            + " YYYY, YYYY-MM, YYYY-MM-DD, a quarter YYYY-Qn or an ISO week YYYY-Www (e.g. 2026-04-29,"
            + " 2026-Q2 or 2026-W18), got '2026-W60'.",
        "/api/search?facetSize=1000 | 400 | bad_parameter | facetSize must be between 1 and 100, got"
            + " 1000.",
        "/api/search?exactUpTo=many | 400 | bad_parameter | exactUpTo must be a whole number or"
            + " 'all', got 'many'.",
        "/api/search?exactUpTo=0 | 400 | bad_parameter | exactUpTo must be 1 or more (or 'all'), got"
            + " 0.",
        "/api/search?q=nvid&prefix=first | 400 | bad_parameter | prefix must be none or last, got"
            + " 'first'.",
        "/api/search?q=chips&highlight=no | 400 | bad_parameter | highlight must be true or false,"
            + " got 'no'.",
        "/api/articles/a04?prefix=all | 400 | bad_parameter | prefix must be none or last, got"
            + " 'all'.",
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?q=%zz | q is not properly URL-encoded: '%zz' is not % and two hexadecimal"
            + " digits (write % itself as %25).",
        "/api/search?q=cloud&company=AT%2 | company is not properly URL-encoded: '%2' is not % and"
            + " two hexadecimal digits (write % itself as %25).",
        "/api/search?q=caf%E9 | q is not properly URL-encoded: its %-escapes are not UTF-8 text.",
        "/api/articles/a01?%zz=1 | The parameter name '%zz' is not properly URL-encoded: '%zz' is"
            + " not % and two hexadecimal digits (write % itself as %25).",
      })
  void aQueryStringThatDoesNotDecodeIsRefusedNamingTheParameter(String target, String message)
      throws Exception {
    String response = sendByHand(target, "");
    assertEquals("HTTP/1.1 400 Bad Request", response.lines().findFirst().orElse(""));
    assertEquals(
        JSON.writeValueAsString(new ErrorBody("bad_parameter", message)), body(response), response);
  }

  private static final String UNREADABLE =
      ". Check its address: a % must be followed by two hex digits, escaped bytes must be UTF-8,"
          + " and control characters are not allowed.";

  private static final String TOO_LARGE =
      "The request's address and headers may hold at most 16 KB; shorten the query or send fewer"
          + " parameters.";

  /** Requests Jetty refuses before any route sees them, answered like every other refusal. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/articles/%zz | 400 Bad Request | bad_request | The request cannot be read",
        "/api/articles/%00 | 400 Bad Request | bad_request | The request cannot be read",
        "/api/articles/%C0%AF | 400 Bad Request | bad_request | The request cannot be read (Bad"
            + " UTF-8 encoding)",
        "/%zz | 400 Bad Request | bad_request | The request cannot be read",
      })
  void anAddressJettyCannotReadIsAJson400(
      String target, String status, String error, String message) throws Exception {
    String response = sendByHand(target, "");
    assertEquals("HTTP/1.1 " + status, response.lines().findFirst().orElse(""));
    assertEquals(
        JSON.writeValueAsString(new ErrorBody(error, message + UNREADABLE)),
        body(response),
        response);
  }

  @Test
  void anAddressOrHeadersOver16KbAreAJsonRefusal() throws Exception {
    String longAddress = sendByHand("/api/search?q=" + "a".repeat(20_000), "");
    assertEquals("HTTP/1.1 414 URI Too Long", longAddress.lines().findFirst().orElse(""));
    assertEquals(JSON.writeValueAsString(new ErrorBody("too_large", TOO_LARGE)), body(longAddress));
    String longHeader = sendByHand("/api/health", "X-Padding: " + "a".repeat(20_000) + "\r\n");
    assertEquals(
        "HTTP/1.1 431 Request Header Fields Too Large", longHeader.lines().findFirst().orElse(""));
    assertEquals(JSON.writeValueAsString(new ErrorBody("too_large", TOO_LARGE)), body(longHeader));
  }

  /** The whole response to a GET of {@code target}, written by hand: Java's URI refuses these. */
  private String sendByHand(String target, String headers) throws Exception {
    URI uri = URI.create(server.url());
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
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

package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One client hammering the API over loopback meets a 429 with Retry-After; others do not. */
class RateLimitTest {

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();

  /** Serve an empty index with {@code limit}, run {@code body} against its URL. */
  private void serving(RateLimit limit, ThrowingConsumer body) throws Exception {
    try (SearchService search =
            LuceneSearch.following(dir, Duration.ofMillis(50), SearchService.DEFAULT_TIME_LIMIT);
        ArchiveServer server = ArchiveServer.start(search, "127.0.0.1", 0, limit)) {
      body.accept(server.url());
    }
  }

  @FunctionalInterface
  private interface ThrowingConsumer {
    void accept(String url) throws Exception;
  }

  private HttpResponse<String> get(String url, String forwardedFor) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The statuses of {@code count} searches sent at once, each with its own forwarded address. */
  private List<Integer> burst(String url, int count, boolean distinctForwardedFor)
      throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(
          get(url + "api/search?q=cloud", distinctForwardedFor ? "203.0.113." + i : null)
              .statusCode());
    }
    return statuses;
  }

  @Test
  void aClientOverItsLimitIsAnswered429WithRetryAfterAndACalmMessage() throws Exception {
    serving(
        RateLimit.of(2, Set.of()),
        url -> {
          List<Integer> statuses = burst(url, 10, false);
          assertEquals(List.of(200, 200, 200, 200), statuses.subList(0, 4), statuses.toString());
          assertTrue(statuses.contains(429), statuses.toString());
          HttpResponse<String> refused = get(url + "api/search?q=cloud", null);
          assertEquals(429, refused.statusCode());
          assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
          assertEquals(
              "{\"error\":\"rate_limited\",\"message\":\"Too many requests from your address in a"
                  + " short time; please wait 1 s and try again.\"}",
              refused.body());
          assertEquals(
              ArchiveServer.CONTENT_SECURITY_POLICY,
              refused.headers().firstValue("Content-Security-Policy").orElseThrow());
          // The page itself is never limited, and the client's turn comes back.
          assertEquals(200, get(url, null).statusCode());
          Thread.sleep(1_100);
          assertEquals(200, get(url + "api/search?q=cloud", null).statusCode());
        });
  }

  @Test
  void aForgedForwardedForDoesNotEscapeTheLimit() throws Exception {
    serving(
        RateLimit.of(2, Set.of()),
        url -> assertTrue(burst(url, 10, true).contains(429), "X-Forwarded-For was believed"));
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnLimit() throws Exception {
    serving(
        RateLimit.of(2, Set.of("127.0.0.1")),
        url -> assertFalse(burst(url, 10, true).contains(429), "clients behind the proxy merged"));
  }

  @Test
  void theLimitIsOffOnLoopbackAndOnForOtherAddresses() {
    assertEquals(RateLimit.OFF, RateLimit.defaultFor("127.0.0.1", Set.of()));
    assertEquals(RateLimit.OFF, RateLimit.defaultFor("::1", Set.of()));
    assertEquals(new RateLimit(20, 40, Set.of()), RateLimit.defaultFor("0.0.0.0", Set.of()));
  }

  @Test
  void theDefaultServerOnLoopbackNeverRefuses() throws Exception {
    serving(
        RateLimit.defaultFor("127.0.0.1", Set.of()),
        url -> assertFalse(burst(url, 60, false).contains(429)));
  }
}

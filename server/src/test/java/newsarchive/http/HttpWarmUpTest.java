package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import newsarchive.search.lucene.FixtureCorpus;
import newsarchive.search.lucene.LuceneSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up {@code serve} runs before it opens its port, on the page's real requests. */
class HttpWarmUpTest {

  @TempDir Path indexDir;

  private SearchService fixture() throws Exception {
    FixtureCorpus.write(indexDir);
    return LuceneSearch.following(
        indexDir, Duration.ofMillis(50), SearchService.DEFAULT_TIME_LIMIT);
  }

  @Test
  void everyWarmUpRequestIsOneThePageCanMakeAndIsAnswered() throws Exception {
    try (SearchService search = fixture()) {
      HttpWarmUp.Report report = ArchiveServer.warmUp(search, Duration.ofSeconds(30));

      assertEquals(List.of(), report.failed());
      // Fast requests on a small index: the round cap ends the warm-up, not the 30 s.
      assertEquals(HttpWarmUp.MAX_ROUNDS, report.rounds());
    }
  }

  @Test
  void theWarmUpLeavesEveryClientItsWholeRateLimit() throws Exception {
    RateLimit limit = RateLimit.of(1, Set.of());
    try (SearchService search = fixture();
        ArchiveServer server =
            ArchiveServer.start(search, "127.0.0.1", 0, limit, Duration.ofMillis(500))) {
      HttpClient client = HttpClient.newHttpClient();
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i <= limit.burst(); i++) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=cloud")).build();
        statuses.add(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
      }
      // The burst is answered in full, and only the request past it is refused.
      assertEquals(List.of(200, 200, 429), statuses);
    }
  }
}

package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import newsarchive.search.lucene.FixtureCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the embedded index is served while it does not exist yet, and when a search runs out of time.
 */
class LiveIndexTest {

  @TempDir Path dir;

  @Test
  void aServerStartedBeforeAnyIndexExistsAnswersEmptyThenPicksTheIndexUp() throws Exception {
    Path missing = dir.resolve("not-yet");
    try (TestServer server = new TestServer(missing)) {
      assertEquals(
          "{\"status\":\"empty\",\"backend\":\"lucene\",\"documents\":0}",
          server.get("/api/health").body());
      JsonNode empty = server.get("/api/search?q=cloud").json();
      assertEquals(0, empty.get("total").asLong());
      assertEquals(0, empty.get("hits").size());
      FixtureCorpus.write(missing);
      long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      // The fixture commits twice; the server shows the first commit, then the second.
      while (server.get("/api/health").json().get("documents").asLong() < 16) {
        assertTrue(System.nanoTime() < giveUp, "the server never opened the new index");
        Thread.sleep(20);
      }
      assertEquals(16, server.get("/api/search").json().get("total").asLong());
      assertEquals(8, server.get("/api/search?source=Tech+Wire").json().get("total").asLong());
    }
  }

  @Test
  void aSearchThatRunsOutOfTimeAnswersWithWhatItFoundMarkedPartial() throws Exception {
    FixtureCorpus.write(dir);
    try (TestServer server = new TestServer(dir, Duration.ZERO)) {
      TestServer.Response response = server.get("/api/search?q=cloud");
      assertEquals(200, response.status());
      assertTrue(response.json().get("partial").asBoolean());
    }
  }
}

package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import newsarchive.search.lucene.FixtureCorpus;
import newsarchive.search.solr.LocalCluster;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;
import org.junit.jupiter.api.Test;

/**
 * A SolrCloud that loses its only node: searches are a 503 that says to try again, never a 500 or a
 * stack trace, and the node's return brings the same answers back.
 */
class SolrOutageTest {

  @Test
  void searchAndHealthWhileNoNodeAnswerAre503sThatSayToTryAgain() throws Exception {
    try (LocalCluster cluster = LocalCluster.start(1, 0, System.err::println)) {
      SolrFixture.write(cluster, "outage", FixtureCorpus.ARTICLES, 1, 1);
      try (TestServer server =
          new TestServer(
              SolrSearch.connect(cluster.solrUrls(), "outage", SolrFixture.TIME_LIMIT))) {
        String search = "/api/search?q=cloud&company=Amazon";
        long found = server.get(search).json().get("total").asLong();

        cluster.stopNode(0);
        TestServer.Response refused = server.get(search);
        assertEquals(503, refused.status(), refused.body());
        JsonNode error = refused.json();
        assertEquals("unavailable", error.get("error").asText());
        assertEquals(
            "The search backend is not answering; try again in a few seconds.",
            error.get("message").asText());
        assertEquals("5", refused.headers().firstValue("Retry-After").orElseThrow());
        assertFalse(refused.body().contains("Exception"), refused.body());
        TestServer.Response health = server.get("/api/health");
        assertEquals(503, health.status(), health.body());
        assertEquals("unavailable", health.json().get("error").asText());

        cluster.startNode(0);
        assertEquals(found, awaitAnswer(server, search).get("total").asLong());
      }
    }
  }

  /** The answer to {@code path} once the restarted node serves again (its core takes a moment). */
  private static JsonNode awaitAnswer(TestServer server, String path) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    TestServer.Response response = server.get(path);
    while (response.status() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      response = server.get(path);
    }
    assertEquals(200, response.status(), response.body());
    return response.json();
  }
}

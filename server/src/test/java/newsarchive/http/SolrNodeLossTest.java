package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.search.lucene.FixtureCorpus;
import newsarchive.search.solr.LocalCluster;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;
import newsarchive.search.solr.SolrWriter;
import org.junit.jupiter.api.Test;

/**
 * A SolrCloud collection of two shards, each with a replica on each of two nodes, keeps answering
 * while one node is lost: searches never fail, health says degraded, a write during the outage is
 * kept, and the node's return brings everything back.
 */
class SolrNodeLossTest {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void losingOneOfTwoNodesDegradesButLosesNothing() throws Exception {
    LocalCluster cluster = SolrFixture.cluster();
    SolrFixture.write("faults", FixtureCorpus.ARTICLES, 2, 2);
    try (TestServer server =
        new TestServer(SolrSearch.connect(cluster.solrUrls(), "faults", SolrFixture.TIME_LIMIT))) {
      Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      AtomicBoolean searching = new AtomicBoolean(true);
      Thread client =
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; searching.get() && i < 100_000; i++) {
                      int status;
                      try {
                        status = server.get("/api/search?q=cloud&company=Amazon").status();
                      } catch (Exception e) {
                        status = -1;
                      }
                      statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                  });

      cluster.stopNode(1);
      awaitHealth(server, "degraded", 1, 2);

      Article late =
          new Article(
              "late",
              "Zeppelin news written while a node was down",
              "Nothing written during the outage is lost.",
              Instant.parse("2026-05-01T09:00:00Z"),
              "Tech Wire",
              null,
              List.of(),
              List.of("Amazon"),
              List.of("Cloud"),
              Origin.file(Path.of("fixtures/late.txt")));
      try (SolrWriter writer = SolrWriter.open(cluster.solrUrls(), "faults", false, 2, 2)) {
        writer.upsert(late.id(), writer.document(late, "hash-late"));
        writer.commit("");
      }
      assertEquals(1, server.get("/api/search?q=zeppelin").json().get("total").asInt());

      cluster.startNode(1);
      awaitHealth(server, "ok", 2, 4);
      searching.set(false);
      client.join();

      assertEquals(17, server.get("/api/health").json().get("documents").asInt());
      JsonNode written = server.get("/api/search?q=zeppelin").json();
      assertEquals("late", written.get("hits").get(0).get("id").asText());
      assertEquals(Map.of(200, statuses.get(200).get()), plain(statuses));
      assertTrue(statuses.get(200).get() > 0);
    }
  }

  /**
   * Wait until health reports {@code status}, {@code liveNodes} nodes, an active leader for both
   * shards and {@code activeReplicas} active replicas.
   */
  private static void awaitHealth(
      TestServer server, String status, int liveNodes, int activeReplicas) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonNode health = server.get("/api/health").json();
    while (!(health.get("status").asText().equals(status)
        && health.get("cluster").get("liveNodes").size() == liveNodes
        && health.get("cluster").get("shardsWithActiveLeader").asInt() == 2
        && health.get("cluster").get("activeReplicas").asInt() == activeReplicas)) {
      assertTrue(Instant.now().isBefore(deadline), health.toString());
      Thread.sleep(200);
      health = server.get("/api/health").json();
    }
  }

  private static Map<Integer, Integer> plain(Map<Integer, AtomicInteger> counts) {
    Map<Integer, Integer> plain = new java.util.HashMap<>();
    counts.forEach((status, count) -> plain.put(status, count.get()));
    return plain;
  }
}

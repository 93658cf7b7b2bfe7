package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reindex is served without a restart: clients searching throughout see no error and never a
 * response that mixes two versions, and a new version's values are found at once. A subclass runs
 * the same test on another backend by overriding {@link #store} and {@link #serve}.
 */
class HotReloadTest {

  /** Articles per version: each version has a different count, so a total tells it apart. */
  private static final Map<String, Integer> SIZES = Map.of("v1", 30, "v2", 40, "v3", 50);

  @TempDir Path dir;

  private static List<Article> version(String marker) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < SIZES.get(marker); i++) {
      articles.add(
          new Article(
              marker + "-" + i,
              "Cloud brief " + i + " of " + marker,
              "Cloud news, version " + marker,
              Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * i),
              marker,
              null,
              List.of(),
              marker.equals("v3") ? List.of("Amazon", "Nvidia") : List.of("Amazon"),
              List.of("Cloud"),
              Origin.file(Path.of("live/" + marker))));
    }
    return articles;
  }

  /** The store the test reindexes: a rebuild, or an update of what is there. */
  ArticleStore<?> store(boolean rebuild) throws Exception {
    return ArticleIndexer.open(dir, rebuild);
  }

  /** A server answering from what {@link #store} writes. */
  TestServer serve() throws Exception {
    return new TestServer(dir);
  }

  /** Replace the whole index with {@code marker}'s articles in one commit. */
  private void reindex(String marker, boolean rebuild, String previous) throws Exception {
    try (ArticleStore<?> store = store(rebuild)) {
      write(store, marker, previous);
    }
  }

  private static <D> void write(ArticleStore<D> store, String marker, String previous)
      throws Exception {
    if (previous != null) {
      for (Article old : version(previous)) {
        store.delete(old.id());
      }
    }
    for (Article article : version(marker)) {
      store.upsert(article.id(), store.document(article, marker));
    }
    store.commit("");
  }

  @Test
  void aReindexIsServedWithoutRestartOrErrorAndNoResponseMixesTwoVersions() throws Exception {
    reindex("v1", true, null);
    try (TestServer server = serve()) {
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger checked = new AtomicInteger();
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> latest = new ConcurrentLinkedQueue<>();
      List<Thread> clients = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        clients.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      int seen = 1;
                      while (running.get()) {
                        try {
                          String version = check(server, problems);
                          checked.incrementAndGet();
                          int number = version == null ? seen : version.charAt(1) - '0';
                          if (number < seen && answersFromOneVersion()) {
                            problems.add("went back from v" + seen + " to " + version);
                          }
                          seen = number;
                        } catch (Exception e) {
                          problems.add(e.toString());
                        }
                      }
                      try {
                        // A request started after the last switch must see the last version.
                        latest.add(String.valueOf(check(server, problems)));
                      } catch (Exception e) {
                        problems.add(e.toString());
                      }
                    }));
      }
      // Each switch happens while the clients are busy, and they keep going after it.
      awaitChecks(checked, 40);
      reindex("v2", true, null);
      awaitVersion(server, "v2");
      awaitChecks(checked, 40);
      reindex("v3", false, "v2");
      awaitVersion(server, "v3");
      awaitChecks(checked, 40);
      running.set(false);
      for (Thread client : clients) {
        client.join();
      }
      assertEquals(List.of(), List.copyOf(problems));
      assertEquals(List.of("v3", "v3", "v3", "v3"), List.copyOf(latest));
      // A company first named in the new version is found by name, as a filter and in the query:
      // at once on the embedded index; on SolrCloud a fresh-clone run once counted 0 right after
      // the switch, so there it must be found within a few seconds.
      assertEquals(50, total(server, "/api/search?company=Nvidia", 50));
      assertEquals(50, total(server, "/api/search?q=company%3Anvidia", 50));
    }
  }

  /**
   * Whether every answer comes from one version of the index, whole: true for the embedded index,
   * which answers from one snapshot.
   */
  boolean answersFromOneVersion() {
    return true;
  }

  /**
   * One search; the version every part of the response shows, recording any inconsistency (only
   * errors, for a backend that does not answer from one version: then the newest version shown).
   */
  private String check(TestServer server, ConcurrentLinkedQueue<String> problems) throws Exception {
    TestServer.Response response = server.get("/api/search?q=cloud&size=100&sort=newest");
    if (response.status() != 200) {
      problems.add(response.status() + " " + response.body());
      return null;
    }
    JsonNode result = response.json();
    Set<String> versions = new HashSet<>();
    result.get("hits").forEach(hit -> versions.add(hit.get("source").asText()));
    result.get("facets").get("source").forEach(value -> versions.add(value.get("value").asText()));
    if (!answersFromOneVersion()) {
      return versions.stream().max(String::compareTo).orElse(null);
    }
    if (versions.size() != 1) {
      problems.add("mixed versions " + versions);
      return null;
    }
    String version = versions.iterator().next();
    long total = result.get("total").asLong();
    long histogramTotal = 0;
    for (JsonNode bucket : result.get("histogram")) {
      histogramTotal += bucket.get("count").asLong();
    }
    if (total != SIZES.get(version)
        || result.get("hits").size() != total
        || histogramTotal != total) {
      problems.add(version + " answered with total " + total + ", histogram " + histogramTotal);
    }
    return version;
  }

  /** Wait until the clients have checked {@code more} further responses. */
  private static void awaitChecks(AtomicInteger checked, int more) throws InterruptedException {
    int target = checked.get() + more;
    long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (checked.get() < target) {
      assertTrue(System.nanoTime() < giveUp, "the clients stopped answering");
      Thread.sleep(10);
    }
  }

  /**
   * Wait until the server answers from {@code version} (bounded, so a bug fails instead of
   * hanging).
   */
  /**
   * The total of {@code pathAndQuery}: the first answer's on a backend that answers from one
   * version, else the first that is {@code expected}, or the last within 10 s.
   */
  private long total(TestServer server, String pathAndQuery, long expected) throws Exception {
    long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long total = server.get(pathAndQuery).json().get("total").asLong();
    while (!answersFromOneVersion() && total != expected && System.nanoTime() < giveUp) {
      Thread.sleep(100);
      total = server.get(pathAndQuery).json().get("total").asLong();
    }
    return total;
  }

  private static void awaitVersion(TestServer server, String version) throws Exception {
    long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!version.equals(firstSource(server))) {
      assertTrue(System.nanoTime() < giveUp, "the server never switched to " + version);
      Thread.sleep(20);
    }
  }

  private static String firstSource(TestServer server) throws Exception {
    JsonNode hits = server.get("/api/search?size=1").json().get("hits");
    return hits.isEmpty() ? null : hits.get(0).get("source").asText();
  }
}

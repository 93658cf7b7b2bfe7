package newsarchive.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;
import newsarchive.search.SearchRequest;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Search over HTTP: closed-loop clients at concurrency 1, 2 and 8 against the real server on
 * loopback, counting every match, and again as the page asks (broad searches counted on a sample of
 * their stories), each run rotating with the same load on the search service in process and on bare
 * Lucene doing the same counting (the baseline the ratios are taken against); the coverage queries
 * (timelines, co-mentions) and search as you type ({@link TypingBench}) over HTTP; and the server's
 * heap after warm-up and during the runs.
 */
final class HttpBench {

  private static final List<Integer> CONCURRENCY = List.of(1, 2, 8);

  /**
   * One competitor of the runs, with the start of its figures' keys (before the concurrency) and
   * what it measures, for the notes.
   */
  private record Measured(Competitor competitor, String prefix, String where) {}

  /** How many runs' worth of time the server is warmed up for. */
  private static final int WARM_UP_RUNS = 3;

  private HttpBench() {}

  /** Measure and record the {@code http.*} and {@code server.*} figures. */
  static void run(
      Workspace workspace,
      Path index,
      ArchiveSearch archive,
      String serverHeap,
      int repetitions,
      Duration duration,
      Figures figures)
      throws Exception {
    List<BenchQuery> mix = BenchQuery.mix();
    Competitor inProcess = archive.competitor();
    try (CloseableHttpClient client = client();
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
        ServerProcess server =
            ServerProcess.start(index, serverHeap, workspace.path("server.log"))) {
      Competitor http = new Competitor("http", query -> get(client, server.base(), query, true));
      Competitor sampled =
          new Competitor("http-sampled", query -> get(client, server.base(), query, false));
      BareSearcher bareSearcher = new BareSearcher(reader);
      Competitor bare = new Competitor("bare", bareSearcher::topTenWithFacets);
      List<Measured> competitors =
          List.of(
              new Measured(http, "http.c", "over HTTP, every match counted"),
              new Measured(
                  sampled,
                  "http.sampled.c",
                  "over HTTP as the page asks (counted on a sample past "
                      + SearchRequest.EXACT_UP_TO
                      + " matches)"),
              new Measured(inProcess, "http.inprocess.c", "archive in process"),
              new Measured(bare, "http.bare.c", "bare Lucene, same counting, in process"));
      // Warm both JVMs up on the whole mix before measuring anything: the server's JVM is new, and
      // its p50 keeps falling for thousands of requests while the JIT compiles the search path.
      ClosedLoop.run(http.search(), mix, 2, duration.multipliedBy(WARM_UP_RUNS));
      ClosedLoop.run(sampled.search(), mix, 2, duration);
      ClosedLoop.run(inProcess.search(), mix, 2, duration);
      ClosedLoop.run(bare.search(), mix, 2, duration);
      double warmHeap = server.liveHeapMb();
      DoubleAccumulator peak = new DoubleAccumulator(Math::max, 0);
      Map<String, Samples> results = new LinkedHashMap<>();
      long errors = 0;
      try (ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor()) {
        sampler.scheduleAtFixedRate(
            () -> peak.accumulate(server.heapMb()), 0, 100, TimeUnit.MILLISECONDS);
        for (int repetition = 0; repetition < repetitions; repetition++) {
          for (int concurrency : CONCURRENCY) {
            for (int turn = 0; turn < competitors.size(); turn++) {
              Measured measured = competitors.get((turn + repetition) % competitors.size());
              Competitor competitor = measured.competitor();
              ClosedLoop run = ClosedLoop.run(competitor.search(), mix, concurrency, duration);
              String prefix = measured.prefix() + concurrency;
              record(results, prefix + ".p50_ms", run.latencies().median());
              record(results, prefix + ".p99_ms", run.latencies().quantile(0.99));
              record(results, prefix + ".qps", run.qps());
              errors += competitor == http || competitor == sampled ? run.errors() : 0;
            }
          }
        }
        CoverageBench.measure(
            "http.coverage.",
            kind -> fetch(client, server.base().resolve(kind.path())),
            CoverageBench.WARM_UP,
            CoverageBench.TIMES * repetitions,
            "over HTTP, 1 client",
            figures);
        TypingBench.measure(
            uri -> fetch(client, uri), server.base(), TypingBench.TIMES * repetitions, figures);
      }
      double afterHeap = server.liveHeapMb();
      for (int concurrency : CONCURRENCY) {
        for (Measured measured : competitors) {
          for (String metric : List.of("p50_ms", "p99_ms", "qps")) {
            String key = measured.prefix() + concurrency + "." + metric;
            figures.put(key, results.get(key), measured.where() + ", " + concurrency + " clients");
          }
        }
      }
      figures.put("http.errors", errors, "failed or non-200 answers over HTTP");
      figures.put(
          "http.c1.overhead_ms",
          results.get("http.c1.p50_ms").median() - results.get("http.inprocess.c1.p50_ms").median(),
          "HTTP p50 - in-process p50 at 1 client; target ≤ 0.5");
      figures.put(
          "http.c1.ratio_to_bare",
          results.get("http.c1.p50_ms").median() / results.get("http.bare.c1.p50_ms").median(),
          "p50 over HTTP ÷ bare Lucene's in process, 1 client; target ≤ 1.5");
      figures.put(
          "http.c1.p99_ratio_to_bare",
          results.get("http.c1.p99_ms").median() / results.get("http.bare.c1.p99_ms").median(),
          "p99 over HTTP ÷ bare Lucene's in process, 1 client; target ≤ 2");
      figures.put(
          "http.qps_ratio_to_inprocess",
          results.get("http.c8.qps").median() / results.get("http.inprocess.c8.qps").median(),
          "HTTP ÷ in-process throughput at 8 clients; target ≥ 0.7");
      figures.put("server.heap_mb", Math.max(warmHeap, afterHeap), "live heap; target ≤ 512");
      figures.put("server.heap_after_warmup_mb", warmHeap, "after a full GC");
      figures.put("server.heap_after_runs_mb", afterHeap, "after a full GC");
      figures.put("server.heap_peak_mb", peak.get(), "during the runs, garbage included");
      figures.describe("server.max_heap", serverHeap);
    }
  }

  private static void record(Map<String, Samples> results, String key, double value) {
    results.computeIfAbsent(key, k -> new Samples()).add(value);
  }

  /**
   * A blocking client with a kept-alive connection per client thread. The JDK's HttpClient hands
   * every exchange between threads and adds ~0.5 ms per request here, which would be measured as
   * the server's overhead; this client adds about what curl does.
   */
  private static CloseableHttpClient client() {
    int connections = CONCURRENCY.stream().mapToInt(Integer::intValue).max().orElseThrow();
    return HttpClients.custom()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(connections)
                .setMaxConnPerRoute(connections)
                .build())
        .build();
  }

  private static long get(CloseableHttpClient client, URI base, BenchQuery query, boolean exact)
      throws IOException {
    return fetch(client, base.resolve("/api/search?" + query.urlParameters(exact)));
  }

  /** GET {@code uri}; the body's length, or an exception for any answer but 200. */
  private static long fetch(CloseableHttpClient client, URI uri) throws IOException {
    return client.execute(
        new HttpGet(uri),
        response -> {
          byte[] body = EntityUtils.toByteArray(response.getEntity());
          if (response.getCode() != 200) {
            throw new IllegalStateException("HTTP " + response.getCode() + " for " + uri);
          }
          return (long) body.length;
        });
  }
}

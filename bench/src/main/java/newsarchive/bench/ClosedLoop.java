package newsarchive.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: a fixed number of clients, each sending its next query as soon as the last one
 * was answered, for a fixed time.
 *
 * @param qps answers per second over the run
 * @param latencies every answer's latency in milliseconds
 * @param errors requests that failed or were answered with an error
 */
record ClosedLoop(double qps, Samples latencies, long errors) {

  /** Run {@code concurrency} clients cycling through {@code mix} for {@code duration}. */
  static ClosedLoop run(
      Competitor.Search search, List<BenchQuery> mix, int concurrency, Duration duration)
      throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    List<Samples> perClient = new ArrayList<>();
    List<Thread> clients = new ArrayList<>();
    long start = System.nanoTime();
    for (int client = 0; client < concurrency; client++) {
      Samples latencies = new Samples();
      perClient.add(latencies);
      int offset = client * mix.size() / concurrency;
      clients.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = offset; System.nanoTime() < deadline; i++) {
                      long sent = System.nanoTime();
                      try {
                        search.answer(mix.get(i % mix.size()));
                      } catch (Exception e) {
                        errors.incrementAndGet();
                      }
                      latencies.add((System.nanoTime() - sent) / 1e6);
                    }
                  }));
    }
    for (Thread client : clients) {
      client.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Samples all = new Samples();
    perClient.forEach(all::addAll);
    return new ClosedLoop(all.size() / seconds, all, errors.get());
  }
}

package newsarchive.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latencies of several competitors on one query mix, measured in repetitions that alternate which
 * competitor goes first, so that none always meets the warmer (or colder) machine.
 */
final class Latencies {

  private final Map<String, Samples> all = new LinkedHashMap<>();
  private final Map<String, Samples> repetitionMedians = new LinkedHashMap<>();
  private final Map<String, Map<String, Samples>> byQuery = new LinkedHashMap<>();
  private final Map<String, Long> hits = new LinkedHashMap<>();

  private Latencies() {}

  /**
   * Run every query of {@code mix} through every competitor: a warm-up pass, then {@code
   * repetitions} rounds, each running the mix {@code passes} times per competitor.
   */
  static Latencies measure(
      List<Competitor> competitors, List<BenchQuery> mix, int repetitions, int passes)
      throws Exception {
    Latencies latencies = new Latencies();
    for (Competitor competitor : competitors) {
      latencies.all.put(competitor.name(), new Samples());
      latencies.repetitionMedians.put(competitor.name(), new Samples());
      Map<String, Samples> perQuery = new LinkedHashMap<>();
      mix.forEach(q -> perQuery.put(q.name(), new Samples()));
      latencies.byQuery.put(competitor.name(), perQuery);
      for (int pass = 0; pass < Math.max(1, passes / 2); pass++) {
        for (BenchQuery query : mix) {
          latencies.hits.putIfAbsent(query.name(), competitor.search().answer(query));
        }
      }
    }
    for (int repetition = 0; repetition < repetitions; repetition++) {
      for (int turn = 0; turn < competitors.size(); turn++) {
        Competitor competitor = competitors.get((turn + repetition) % competitors.size());
        Samples round = new Samples();
        for (int pass = 0; pass < passes; pass++) {
          for (BenchQuery query : mix) {
            long start = System.nanoTime();
            competitor.search().answer(query);
            double millis = (System.nanoTime() - start) / 1e6;
            round.add(millis);
            latencies.byQuery.get(competitor.name()).get(query.name()).add(millis);
          }
        }
        latencies.all.get(competitor.name()).addAll(round);
        latencies.repetitionMedians.get(competitor.name()).add(round.median());
      }
    }
    return latencies;
  }

  /** Every latency of one competitor, in milliseconds. */
  Samples of(String competitor) {
    return all.get(competitor);
  }

  /** The median latency of each repetition of one competitor, for the spread. */
  Samples medians(String competitor) {
    return repetitionMedians.get(competitor);
  }

  /** The latencies of one competitor on one query, in milliseconds. */
  Samples of(String competitor, String query) {
    return byQuery.get(competitor).get(query);
  }

  /** The number of hits of a query, as the first competitor counted them. */
  long hits(String query) {
    return hits.get(query);
  }
}

package newsarchive.bench;

import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.ComentionRequest;
import newsarchive.search.DateRange;
import newsarchive.search.DimensionValue;
import newsarchive.search.Interval;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchService;
import newsarchive.search.TimelineRequest;
import newsarchive.search.TimelineRequest.Normalize;

/**
 * The coverage queries, timelines and co-mentions, each measured on its own (they are not in the
 * search mix, whose figures compare with bare Lucene): five vendors over the whole archive by month
 * as shares, the top five vendors of a frequent word, and who appears with the most mentioned
 * vendor, over everything and within a frequent word.
 */
final class CoverageBench {

  /** The five vendors charted, among the most mentioned in the generated corpus (vendors.tsv). */
  private static final List<String> FIVE = List.of("OpenAI", "Microsoft", "Nvidia", "AMD", "Intel");

  /** How many times each kind is answered before measuring: the JIT compiles the counting. */
  static final int WARM_UP = 100;

  /** How many answers of each kind one repetition measures. */
  static final int TIMES = 50;

  /** The most mentioned vendor in the generated corpus. */
  private static final String FREQUENT = "OpenAI";

  /**
   * One coverage query, in process and as a request path of the API.
   *
   * @param name the label in figure keys
   * @param path the API path with its URL parameters
   * @param inProcess the same request answered by the search service; returns a count
   */
  record Kind(String name, String path, InProcess inProcess) {}

  /** A coverage request answered in process. */
  @FunctionalInterface
  interface InProcess {
    /** Answer on {@code service} and return the number of articles counted. */
    long answer(SearchService service) throws Exception;
  }

  /** The measured kinds. */
  static final List<Kind> KINDS =
      List.of(
          new Kind(
              "timeline-5-series",
              "/api/timeline?interval=month&normalize=share"
                  + FIVE.stream().map(v -> "&series=company:" + v).reduce("", String::concat),
              service ->
                  service
                      .timeline(
                          new TimelineRequest(
                              search("", Interval.MONTH),
                              FIVE.stream()
                                  .map(v -> new DimensionValue(ArticleSchema.COMPANY, v))
                                  .toList(),
                              null,
                              Normalize.SHARE))
                      .matches()),
          new Kind(
              "timeline-top-of-query",
              "/api/timeline?q=cloud&top=company:5&normalize=share",
              service ->
                  service
                      .timeline(
                          new TimelineRequest(
                              search("cloud", null),
                              List.of(),
                              new TimelineRequest.Top(ArticleSchema.COMPANY, 5),
                              Normalize.SHARE))
                      .matches()),
          new Kind(
              "comentions-frequent",
              "/api/comentions?company=" + FREQUENT,
              service ->
                  service.comentions(new ComentionRequest(search("", null), FREQUENT, 20)).total()),
          new Kind(
              "comentions-of-query",
              "/api/comentions?q=cloud&company=" + FREQUENT,
              service ->
                  service
                      .comentions(new ComentionRequest(search("cloud", null), FREQUENT, 20))
                      .total()));

  private CoverageBench() {}

  private static SearchRequest search(String query, Interval interval) {
    return new SearchRequest(
        query, Prefix.NONE, Map.of(), DateRange.ALL, null, 1, 20, null, 20, interval);
  }

  /** Answer each kind {@code warmUp} times, then {@code times} times measured; record p50/p99. */
  static void measure(
      String prefix, Answer answer, int warmUp, int times, String where, Figures figures)
      throws Exception {
    for (Kind kind : KINDS) {
      for (int i = 0; i < warmUp; i++) {
        answer.answer(kind);
      }
      Samples latencies = new Samples();
      for (int i = 0; i < times; i++) {
        long started = System.nanoTime();
        answer.answer(kind);
        latencies.add((System.nanoTime() - started) / 1e6);
      }
      figures.put(
          prefix + kind.name() + ".p50_ms", latencies.median(), where + "; target ≤ 50 at 1M");
      figures.put(prefix + kind.name() + ".p99_ms", latencies.quantile(0.99), where);
    }
  }

  /** Answers one coverage kind somewhere. */
  @FunctionalInterface
  interface Answer {
    /** Answer {@code kind}. */
    void answer(Kind kind) throws Exception;
  }
}

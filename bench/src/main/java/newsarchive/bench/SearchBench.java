package newsarchive.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Search in process: the archive's search service against bare Lucene on the same index and the
 * same query mix, bare both with top-10 alone and with the same counting (titles, facet counts and
 * histogram).
 */
final class SearchBench {

  private SearchBench() {}

  /** Measure the three and record the {@code search.*} and per-query figures. */
  static void run(Path index, Competitor ours, int repetitions, int passes, Figures figures)
      throws Exception {
    List<BenchQuery> mix = BenchQuery.mix();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      BareSearcher bare = new BareSearcher(reader);
      Competitor bareFacets = new Competitor("bare", bare::topTenWithFacets);
      Competitor bareTopTen = new Competitor("bare_top10", bare::topTen);
      Latencies latencies =
          Latencies.measure(List.of(ours, bareFacets, bareTopTen), mix, repetitions, passes);
      Samples oursAll = latencies.of(ours.name());
      figures.put(
          "search.p50_ms",
          latencies.medians(ours.name()),
          "archive: facets, sideways, histogram, " + "highlights");
      figures.put("search.p99_ms", oursAll.quantile(0.99), "archive, over the whole mix");
      figures.put(
          "search.bare_p50_ms",
          latencies.medians("bare"),
          "bare Lucene: top-10 with titles + same counts");
      figures.put("search.bare_p99_ms", latencies.of("bare").quantile(0.99), "bare, whole mix");
      figures.put(
          "search.bare_top10_p50_ms", latencies.medians("bare_top10"), "bare Lucene top-10 alone");
      figures.put(
          "search.ratio_to_bare",
          latencies.medians(ours.name()).median() / latencies.medians("bare").median(),
          "ours ÷ bare with counts, p50; target ≤ 1.5");
      figures.put(
          "search.p99_ratio_to_bare",
          oursAll.quantile(0.99) / latencies.of("bare").quantile(0.99),
          "ours ÷ bare with counts, p99; target ≤ 2");
      figures.put(
          "search.browse_all_p50_ms",
          latencies.of(ours.name(), "browse-all").median(),
          "archive, empty query with facets; target ≤ 20");
      for (BenchQuery query : mix) {
        String key = "query." + query.name();
        figures.put(key + ".hits", latencies.hits(query.name()), "");
        figures.put(key + ".p50_ms", latencies.of(ours.name(), query.name()).median(), "archive");
        figures.put(key + ".bare_p50_ms", latencies.of("bare", query.name()).median(), "bare");
      }
    }
  }
}

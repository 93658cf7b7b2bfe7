package newsarchive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsarchive.enrich.ArticleTagger;

/**
 * The peer: SQLite FTS5 builds its database from the same file (tagging with the archive's tagger,
 * as the archive's own reindex does), then both answer the queries of the mix that have at least
 * 1,000 hits, in alternating order.
 */
final class SqliteBench {

  /** Queries with fewer hits than this are left out of the comparison, as the target says. */
  static final long MIN_HITS = 1_000;

  private SqliteBench() {}

  /** Measure SQLite against {@code ours} and record the {@code sqlite.*} figures. */
  static void run(
      Workspace workspace, Competitor ours, int repetitions, int passes, Figures figures)
      throws Exception {
    Path database = workspace.path("sqlite.db");
    Files.deleteIfExists(database);
    ArticleTagger tagger = ArticleTagger.forCorpora(List.of(), workspace.tables());
    long start = System.nanoTime();
    long articles = SqliteIndex.build(workspace.input(), database, tagger::tag);
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = Files.size(database);
    figures.put("sqlite.build_s", seconds, "read, tag, insert, create indexes, commit");
    figures.put("sqlite.articles_per_s", articles / seconds, "SQLite build rate");
    figures.put("sqlite.bytes_per_article", (double) bytes / articles, "SQLite database");
    figures.put(
        "sqlite.size_ratio_to_input", (double) bytes / workspace.extent().bytes(), "÷ JSONL text");

    try (SqliteIndex sqlite = SqliteIndex.open(database)) {
      Competitor theirs = new Competitor("sqlite", sqlite::search);
      List<BenchQuery> large = new ArrayList<>();
      for (BenchQuery query : BenchQuery.mix()) {
        if (sqlite.search(query) >= MIN_HITS) {
          large.add(query);
        }
      }
      Latencies latencies = Latencies.measure(List.of(ours, theirs), large, repetitions, passes);
      Samples ratios = new Samples();
      for (BenchQuery query : large) {
        double oursMs = latencies.of(ours.name(), query.name()).median();
        double theirsMs = latencies.of("sqlite", query.name()).median();
        ratios.add(oursMs / theirsMs);
        figures.put("query." + query.name() + ".sqlite_p50_ms", theirsMs, "SQLite FTS5");
      }
      figures.put("sqlite.queries", large.size(), "queries of the mix with ≥ 1,000 hits");
      figures.put("sqlite.p50_ms", latencies.medians("sqlite"), "SQLite top-10 + company counts");
      figures.put("sqlite.ours_p50_ms", latencies.medians(ours.name()), "archive, same queries");
      figures.put(
          "sqlite.latency_ratio",
          ratios.median(),
          "ours ÷ SQLite, median over those queries; target ≤ 0.1 (10× faster)");
      figures.put("sqlite.worst_latency_ratio", ratios.quantile(1), "the least favourable query");
    }
  }
}

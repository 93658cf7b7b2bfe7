package newsarchive.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsarchive.search.SearchService;
import newsarchive.search.solr.LocalCluster;
import newsarchive.search.solr.SolrSearch;
import newsarchive.search.solr.SolrWriter;

/**
 * The embedded index against SolrCloud on the same machine: the archive's own reindex of the same
 * corpus into the index folder, into a 1-node local SolrCloud (one shard) and into a 2-node one
 * (two shards, one per node), then the same query mix through the same {@link SearchService}
 * against all three, alternating which goes first.
 */
final class SolrBench {

  /** The collection (an alias, as {@code reindex --full} builds it) on each cluster. */
  private static final String COLLECTION = "bench";

  private SolrBench() {}

  /**
   * Time the embedded reindex into the workspace's index folder (which the later parts then
   * search), recording {@code solr.embedded_articles_per_s}.
   */
  static void indexEmbedded(Workspace workspace, Figures figures) throws IOException {
    long start = System.nanoTime();
    long articles = ArchiveReindex.run(workspace.corpusFolder(), workspace.fresh(IndexBench.OURS));
    figures.put(
        "solr.embedded_articles_per_s",
        articles / ((System.nanoTime() - start) / 1e9),
        "archive reindex into the index folder (one run)");
  }

  /**
   * Start both clusters with {@code heap} each, reindex into them, measure the mix against them and
   * {@code ours}, and record the {@code solr.*} figures.
   */
  static void run(
      Workspace workspace,
      Competitor ours,
      String heap,
      int repetitions,
      int passes,
      Figures figures)
      throws Exception {
    List<BenchQuery> mix = BenchQuery.mix();
    try (LocalCluster one = LocalCluster.start(1, 0, heap, line -> {});
        LocalCluster two = LocalCluster.start(2, 0, heap, line -> {});
        SearchService oneNode = load(workspace, one, 1, "solr.node1", figures);
        SearchService twoNodes = load(workspace, two, 2, "solr.node2", figures)) {
      List<Competitor> competitors =
          List.of(ours, competitor("node1", oneNode), competitor("node2", twoNodes));
      figures.put(
          "solr.differing_totals",
          differingTotals(competitors, mix),
          "queries of the mix whose hit count differs between the three; expected 0");
      Latencies latencies = Latencies.measure(competitors, mix, repetitions, passes);
      for (Competitor competitor : competitors) {
        String key = competitor == ours ? "solr.embedded" : "solr." + competitor.name();
        figures.put(key + "_p50_ms", latencies.medians(competitor.name()), "whole mix");
        figures.put(key + "_p99_ms", latencies.of(competitor.name()).quantile(0.99), "whole mix");
      }
    }
  }

  /**
   * Reindex the workspace corpus into a new collection of {@code shards} shards (one replica) on
   * {@code cluster}, record its rate under {@code key}, and open the collection for searching.
   */
  private static SearchService load(
      Workspace workspace, LocalCluster cluster, int shards, String key, Figures figures)
      throws IOException {
    long start = System.nanoTime();
    long articles;
    try (SolrWriter writer = SolrWriter.open(cluster.solrUrls(), COLLECTION, true, shards, 1)) {
      articles = ArchiveReindex.run(workspace.corpusFolder(), writer);
    }
    figures.put(
        key + "_articles_per_s",
        articles / ((System.nanoTime() - start) / 1e9),
        "archive reindex into " + shards + " shard(s) on the local SolrCloud (one run)");
    return SolrSearch.connect(cluster.solrUrls(), COLLECTION, SearchService.DEFAULT_TIME_LIMIT);
  }

  private static Competitor competitor(String name, SearchService service) {
    return new Competitor(name, query -> service.search(ArchiveSearch.request(query)).total());
  }

  /** How many queries of {@code mix} do not get the same number of hits from every competitor. */
  private static int differingTotals(List<Competitor> competitors, List<BenchQuery> mix)
      throws Exception {
    int differing = 0;
    for (BenchQuery query : mix) {
      List<Long> totals = new ArrayList<>();
      for (Competitor competitor : competitors) {
        totals.add(competitor.search().answer(query));
      }
      if (totals.stream().distinct().count() > 1) {
        differing++;
      }
    }
    return differing;
  }
}

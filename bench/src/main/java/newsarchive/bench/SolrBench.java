package newsarchive.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.search.ArticleView;
import newsarchive.search.Counting;
import newsarchive.search.Grouping;
import newsarchive.search.Prefix;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import newsarchive.search.solr.LocalCluster;
import newsarchive.search.solr.SolrSearch;
import newsarchive.search.solr.SolrWriter;

/**
 * The embedded index against SolrCloud on the same machine: the archive's own reindex of the same
 * corpus into the index folder, into a 1-node local SolrCloud (one shard) and into a 2-node one
 * (two shards, one per node), then the same requests through the same {@link SearchService} against
 * all three, alternating which goes first: the query mix, the mix as the page asks it (stories),
 * and article views with their related articles.
 */
final class SolrBench {

  /** The collection (an alias, as {@code reindex --full} builds it) on each cluster. */
  private static final String COLLECTION = "bench";

  /** The embedded index's name in the figures' keys. */
  private static final String EMBEDDED = "embedded";

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
   * Start both clusters with {@code heap} each, reindex into them, measure against them and {@code
   * ours} the mix, the mix as the page asks it (each story once, stories counted) and the article
   * view of each query's first hit (with its related articles), and record the {@code solr.*}
   * figures.
   */
  static void run(
      Workspace workspace,
      ArchiveSearch ours,
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
      Map<String, SearchService> backends = new LinkedHashMap<>();
      backends.put(EMBEDDED, ours.service());
      backends.put("node1", oneNode);
      backends.put("node2", twoNodes);
      int differingTotals =
          measure(
              backends,
              searching(Grouping.NONE, Counting.ARTICLES),
              mix,
              "",
              "whole mix",
              repetitions,
              passes,
              figures);
      int differingStoryTotals =
          measure(
              backends,
              searching(Grouping.STORY, Counting.STORIES),
              mix,
              "_stories",
              "whole mix, group=story and count=stories as the page asks",
              repetitions,
              passes,
              figures);
      Map<String, String> firstHits = firstHits(ours.service(), mix);
      List<BenchQuery> viewed = mix.stream().filter(q -> firstHits.containsKey(q.name())).toList();
      int differingRelated =
          measure(
              backends,
              viewing(firstHits),
              viewed,
              "_article",
              "article view with its related articles, each query's first hit",
              repetitions,
              passes,
              figures);
      figures.put(
          "solr.differing_totals",
          differingTotals,
          "queries of the mix whose hit count differs between the three; expected 0");
      figures.put(
          "solr.differing_story_totals",
          differingStoryTotals,
          "queries of the mix whose count of stories differs between the three; expected 0");
      figures.put(
          "solr.differing_related",
          differingRelated,
          "article views whose related articles differ between the three; expected 0");
    }
  }

  /** One kind of request, made of a query of the mix; its answer is compared between backends. */
  @FunctionalInterface
  private interface Ask {
    Answer answer(SearchService service, BenchQuery query) throws Exception;
  }

  /** What a backend answered: how many hits or related articles, and which articles were listed. */
  private record Answer(long count, List<String> ids) {}

  /** The query's {@code total}, grouped and counted as given. */
  private static Ask searching(Grouping group, Counting count) {
    return (service, query) ->
        new Answer(service.search(ArchiveSearch.request(query, group, count)).total(), List.of());
  }

  /** The related articles of the query's first hit, as its article view lists them. */
  private static Ask viewing(Map<String, String> firstHits) {
    return (service, query) -> {
      List<String> related =
          service
              .article(firstHits.get(query.name()), null, Prefix.NONE)
              .orElseThrow()
              .related()
              .stream()
              .map(ArticleView.Related::id)
              .toList();
      return new Answer(related.size(), related);
    };
  }

  /** The id of each query's first hit in {@code service}, for the queries that have one. */
  private static Map<String, String> firstHits(SearchService service, List<BenchQuery> mix)
      throws IOException {
    Map<String, String> firstHits = new LinkedHashMap<>();
    for (BenchQuery query : mix) {
      List<SearchResult.Hit> hits = service.search(ArchiveSearch.request(query)).hits();
      if (!hits.isEmpty()) {
        firstHits.put(query.name(), hits.getFirst().id());
      }
    }
    return firstHits;
  }

  /**
   * Time {@code ask} on every backend and record p50 and p99 under {@code solr.<name><suffix>};
   * return how many queries of {@code mix} did not get the same answer from every backend.
   */
  private static int measure(
      Map<String, SearchService> backends,
      Ask ask,
      List<BenchQuery> mix,
      String suffix,
      String description,
      int repetitions,
      int passes,
      Figures figures)
      throws Exception {
    // Each query's last answer from each backend: the measured pass's, on a warm backend.
    Map<String, Map<String, Answer>> firstAnswers = new LinkedHashMap<>();
    List<Competitor> competitors = new ArrayList<>();
    backends.forEach(
        (name, service) ->
            competitors.add(
                new Competitor(
                    name,
                    query -> {
                      Answer answer = ask.answer(service, query);
                      firstAnswers
                          .computeIfAbsent(query.name(), q -> new LinkedHashMap<>())
                          .put(name, answer);
                      return answer.count();
                    })));
    Latencies latencies = Latencies.measure(competitors, mix, repetitions, passes);
    for (String name : backends.keySet()) {
      String key = "solr." + name + suffix;
      figures.put(key + "_p50_ms", latencies.medians(name), description);
      figures.put(key + "_p99_ms", latencies.of(name).quantile(0.99), description);
    }
    return (int)
        firstAnswers.values().stream()
            .filter(byBackend -> new HashSet<>(byBackend.values()).size() > 1)
            .count();
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
}

package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.FixtureCorpus;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;
import newsarchive.search.solr.SolrWriter;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reindex --solr}: the same reading, tagging and summary line as into the index folder, with
 * the hashes read back from the collection; a full rebuild moves the alias only once it is whole.
 */
class SolrReindexTest {

  @TempDir Path dir;
  Path corpus;

  @BeforeEach
  void copyTheSampleArticleAndTables() throws Exception {
    corpus = dir.resolve("corpus");
    ReindexCommandTest.writeSampleCorpus(corpus);
  }

  private ReindexCommandTest.Run reindex(String collection, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "reindex",
                "--corpus",
                corpus.toString(),
                "--solr",
                String.join(",", SolrFixture.cluster().solrUrls()),
                "--collection",
                collection,
                "--shards",
                "2"));
    args.addAll(List.of(more));
    return ReindexCommandTest.archive(args.toArray(String[]::new));
  }

  private static SearchService search(String collection) {
    return SolrSearch.connect(SolrFixture.cluster().solrUrls(), collection, SolrFixture.TIME_LIMIT);
  }

  @Test
  void aReindexIntoSolrIsIncrementalByHashAndDeletesVanishedArticles() throws Exception {
    ReindexCommandTest.Run first = reindex("incremental");
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(List.of(2, 0, 0, 0, 0), first.counts());

    ReindexCommandTest.Run again = reindex("incremental");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(List.of(0, 0, 2, 0, 0), again.counts());

    Files.delete(corpus.resolve("articles/nvidia-arm.txt"));
    Files.writeString(
        corpus.resolve("articles/arm.txt"),
        "Arm files for an IPO\nArm, the chip designer, filed for a listing.\nPublished: 2023-08-21\n");
    ReindexCommandTest.Run changed = reindex("incremental");
    assertEquals(List.of(1, 0, 1, 1, 0), changed.counts());
    try (SearchService search = search("incremental")) {
      assertEquals(2, search.health().documents());
      assertEquals(0, search.search(SearchRequest.of("softbank")).total());
      assertEquals(1, search.search(SearchRequest.of("listing")).total());
    }
  }

  @Test
  void statsNamesTheTaggingTablesTheLastReindexUsed() throws Exception {
    ReindexCommandTest.Run run = reindex("tables");
    assertEquals(0, run.exitCode(), run.err());
    String used =
        run.out()
            .lines()
            .filter(line -> line.startsWith("tagging with "))
            .findFirst()
            .orElseThrow();
    ReindexCommandTest.Run stats =
        ReindexCommandTest.archive(
            "stats",
            "--solr",
            String.join(",", SolrFixture.cluster().solrUrls()),
            "--collection",
            "tables");
    assertEquals(0, stats.exitCode(), stats.err());
    assertEquals(
        "tagging:   " + used.substring("tagging with ".length()),
        stats.out().lines().toList().getLast());
  }

  @Test
  void anIdReadTwiceInOneRunLeavesOnlyItsLastVersionWhereverItsStoryLies() throws Exception {
    // The first version's story and the last one's (the deal's) lie on different shards.
    Files.writeString(
        corpus.resolve("articles/wire.jsonl"),
        String.join(
            "\n",
            line("deal", "Acme Robotics buys Widget Dynamics", "2025-02-03", SolrFixture.DEAL),
            line("rotterdam", "Rotterdam dockworkers strike", "2025-02-04", SolrFixture.STRIKE),
            line("rotterdam", "Acme to buy Widget Dynamics", "2025-02-05", SolrFixture.DEAL)));
    ReindexCommandTest.Run run = reindex("twice", "--full");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("duplicate id \"rotterdam\""), run.out());
    try (SearchService search = search("twice")) {
      assertEquals(4, search.health().documents());
      assertEquals(0, search.search(SearchRequest.of("dockworkers")).total());
      assertEquals(2, search.search(SearchRequest.of("widget")).total());
    }
  }

  private static String line(String id, String title, String published, String body) {
    return String.format(
        "{\"id\":\"%s\",\"title\":\"%s\",\"published\":\"%s\",\"body\":\"%s\"}",
        id, title, published, body);
  }

  @Test
  void aFullRebuildMovesTheAliasAndACrashedOneLeavesItOnTheLastCompleteCollection()
      throws Exception {
    assertEquals(List.of(2, 0, 0, 0, 0), reindex("rebuilt", "--full").counts());
    String complete = aliasTarget("rebuilt");

    // A rebuild that dies before its commit: documents sent, never committed, never closed.
    SolrWriter crashed = SolrWriter.open(SolrFixture.cluster().solrUrls(), "rebuilt", true, 1, 1);
    for (Article article : FixtureCorpus.ARTICLES) {
      crashed.upsert(article.id(), crashed.document(article, "hash"));
    }
    try (SearchService search = search("rebuilt")) {
      assertEquals(complete, aliasTarget("rebuilt"));
      assertEquals(2, search.health().documents());
    }

    ReindexCommandTest.Run next = reindex("rebuilt", "--full");
    assertEquals(0, next.exitCode(), next.err());
    assertEquals(List.of(2, 0, 0, 0, 0), next.counts());
    String rebuilt = aliasTarget("rebuilt");
    assertTrue(!rebuilt.equals(complete) && rebuilt.startsWith("rebuilt_"), rebuilt);
    // The previous collection and the crashed one's leftover are gone; the alias's is the only one.
    assertEquals(
        List.of(rebuilt),
        collections().stream().filter(name -> name.startsWith("rebuilt_")).toList());
  }

  private static String aliasTarget(String alias) throws Exception {
    try (CloudSolrClient client = client()) {
      return client.getClusterStateProvider().resolveSimpleAlias(alias);
    }
  }

  private static List<String> collections() throws Exception {
    try (CloudSolrClient client = client()) {
      return CollectionAdminRequest.listCollections(client);
    }
  }

  private static CloudSolrClient client() {
    return new CloudSolrClient.Builder(SolrFixture.cluster().solrUrls()).build();
  }
}

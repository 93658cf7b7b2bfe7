package newsarchive.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.lucene.FixtureCorpus;

/**
 * One local SolrCloud for a whole test run (two nodes in a child JVM, stopped when the run ends),
 * and the fixture corpus written into a collection on it.
 */
public final class SolrFixture {

  /**
   * The search time limit for tests: generous, since a loaded build machine can slow Solr past the
   * default, and a cut-short answer would differ from the embedded index's for no fault of either.
   */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

  /**
   * A deal's report and a strike's: two stories. A story takes its first article's id; those of
   * articles {@code deal} and {@code rotterdam} lie on different shards of a collection of two
   * routed by story, so an article moving from one to the other changes shard.
   */
  public static final String DEAL =
      "Acme Robotics agreed to buy Widget Dynamics for two billion dollars in cash, the largest"
          + " deal in the history of warehouse automation, the companies said on Monday.";

  public static final String STRIKE =
      "Dockworkers at the port of Rotterdam began a strike over automation on Tuesday, halting"
          + " the unloading of container ships for the first time in a decade, the union said.";

  private static LocalCluster cluster;

  private SolrFixture() {}

  /** The run's cluster, started on first use. */
  public static synchronized LocalCluster cluster() {
    if (cluster == null) {
      try {
        cluster = LocalCluster.start(2, 0, System.err::println);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      LocalCluster started = cluster;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return cluster;
  }

  /**
   * Write the fixture corpus into a new collection behind the alias {@code name} (2 shards × 1
   * replica), committing after the first eight articles as the embedded fixture does.
   */
  public static void write(String name) throws IOException {
    write(name, FixtureCorpus.ARTICLES, 2, 1);
  }

  /** Write {@code articles} into a new collection behind the alias {@code name}. */
  public static void write(String name, List<Article> articles, int shards, int replicas)
      throws IOException {
    write(cluster(), name, articles, shards, replicas);
  }

  /** Write {@code articles} into a new collection behind the alias {@code name} on {@code on}. */
  public static void write(
      LocalCluster on, String name, List<Article> articles, int shards, int replicas)
      throws IOException {
    try (SolrWriter writer = SolrWriter.open(on.solrUrls(), name, true, shards, replicas)) {
      for (int i = 0; i < articles.size(); i++) {
        Article article = articles.get(i);
        writer.upsert(article.id(), writer.document(article, "hash-" + i));
        if (i == 7) {
          writer.commit("");
        }
      }
      writer.commit("");
    }
  }
}

package newsarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsarchive.corpus.CorpusReader;
import newsarchive.corpus.Problem;
import newsarchive.enrich.ArticleTagger;
import newsarchive.enrich.TaxonomyException;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleStore;
import newsarchive.index.ReindexReport;
import newsarchive.index.Reindexer;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archive reindex}: bring the index in line with the corpus folders. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Read the corpus folders, tag each article with companies and topics, and update the index:"
          + " new and changed articles are written, unchanged ones skipped, vanished ones deleted,"
          + " in one commit at the end.",
      "With --solr, the documents go to a SolrCloud collection in batches; the collection is"
          + " created (configset uploaded) when missing, and --full builds a new collection and"
          + " then moves the alias --collection to it.",
      "Exit code 0 when every input was indexed, 1 when some failed (the rest is committed) or"
          + " another reindex is running, 2 for a usage error."
    })
public final class ReindexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CorpusOption corpora;

  @Mixin IndexOption index;

  @Option(names = "--full", description = "Rebuild the index (or the collection) from scratch.")
  boolean full;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore<?> store = index.openStore(full)) {
      ReindexReport report = reindex(corpora.folders(), store, full, out);
      return report.failures().isEmpty() ? 0 : 1;
    } catch (LockObtainFailedException e) {
      spec.commandLine()
          .getErr()
          .println(
              "error: another reindex is writing to "
                  + index.where()
                  + " (Lucene's write lock is held); wait for it to finish and try again");
      return 1;
    } catch (TaxonomyException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * Reindex {@code corpora} into {@code index}, showing progress (a bar on a terminal, plain lines
   * otherwise), then the problems and the summary line on {@code out}. The {@code serve} command
   * uses this to build a missing index before it starts.
   *
   * @throws LockObtainFailedException when another reindex is writing to the index
   * @throws TaxonomyException when companies.tsv or topics.tsv has a line it cannot read
   */
  public static ReindexReport reindex(List<Path> corpora, Path index, boolean full, PrintWriter out)
      throws IOException {
    try (ArticleIndexer store = ArticleIndexer.open(index, full)) {
      return reindex(corpora, store, full, out);
    }
  }

  /**
   * Reindex {@code corpora} into {@code store} (the embedded index or a SolrCloud collection), as
   * {@link #reindex(List, Path, boolean, PrintWriter)} does; the caller closes the store.
   */
  static ReindexReport reindex(
      List<Path> corpora, ArticleStore<?> store, boolean full, PrintWriter out) throws IOException {
    Reindexer reindexer = new Reindexer(new CorpusReader(), ArticleTagger.forCorpora(corpora));
    ReindexReport report;
    try (ReindexProgress progress = ReindexProgress.forOutput(out)) {
      report = reindexer.run(corpora, store, full, progress);
    }
    for (Problem problem : report.problems()) {
      out.println((problem.skipped() ? "failed: " : "warning: ") + problem);
    }
    out.println(report.summary());
    out.flush();
    return report;
  }
}

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
import newsarchive.index.IndexingFailedException;
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
      "Exit code 0 when every input was indexed, 1 when some failed (the rest is committed) or"
          + " another reindex is running, 2 for a usage error."
    })
public final class ReindexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CorpusOption corpora;

  @Mixin IndexOption index;

  @Option(names = "--full", description = "Rebuild the index from scratch.")
  boolean full;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try {
      ReindexReport report = reindex(corpora.folders(), index.dir(), full, out);
      return report.failures().isEmpty() ? 0 : 1;
    } catch (LockObtainFailedException e) {
      spec.commandLine()
          .getErr()
          .println(
              "error: another reindex is writing to "
                  + index.dir()
                  + " (Lucene's write lock is held); wait for it to finish and try again");
      return 1;
    } catch (IndexingFailedException e) {
      spec.commandLine()
          .getErr()
          .println("error: " + e.getMessage() + "; the index at " + index.dir() + " is as it was");
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
    Reindexer reindexer = new Reindexer(new CorpusReader(), ArticleTagger.forCorpora(corpora));
    ReindexReport report;
    try (ReindexProgress progress = ReindexProgress.forOutput(out)) {
      report = reindexer.run(corpora, index, full, progress);
    }
    for (Problem problem : report.problems()) {
      out.println((problem.skipped() ? "failed: " : "warning: ") + problem);
    }
    out.println(report.summary());
    out.flush();
    return report;
  }
}

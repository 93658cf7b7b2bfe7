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
import newsarchive.index.IndexingFailedException;
import newsarchive.index.ReindexReport;
import newsarchive.index.Reindexer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
      "Exit code 0 when every input was indexed, 1 when some failed (the rest is committed),"
          + " another reindex is running or the disk is full (the last commit stays), 2 for a"
          + " usage error."
    })
public final class ReindexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CorpusOption corpora;

  @Mixin IndexOption index;

  @Mixin TablesOption tables;

  @Option(names = "--full", description = "Rebuild the index (or the collection) from scratch.")
  boolean full;

  @Override
  public Integer call() throws IOException {
    if (index.onSolr()) {
      try (ArticleStore<?> store = index.openStore(full)) {
        PrintWriter out = spec.commandLine().getOut();
        return answer(() -> reindex(corpora.folders(), tables.dir(), store, out), 0);
      }
    }
    try (Directory directory = FSDirectory.open(index.dir())) {
      return reindexInto(directory);
    }
  }

  /**
   * Reindex into {@code directory}, the storage of the index folder, and answer with the exit code;
   * a full disk is one line and exit code 1, with the last commit as it was.
   */
  int reindexInto(Directory directory) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long indexBytes = DiskSpace.indexBytes(directory);
    if (full) {
      DiskSpace.rebuildWarning(index.dir(), DiskSpace.free(index.dir()), indexBytes)
          .ifPresent(err::println);
    }
    return answer(() -> reindex(corpora.folders(), tables.dir(), directory, full, out), indexBytes);
  }

  /** One run of the reindex, as the caller opened it. */
  @FunctionalInterface
  private interface Run {
    ReindexReport reindex() throws IOException;
  }

  /**
   * Do {@code run} and answer with the exit code, each way it can fail said in one line; a full
   * disk (the embedded index only) names the space the index of {@code indexBytes} needs.
   */
  private int answer(Run run, long indexBytes) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      ReindexReport report = run.reindex();
      return report.failures().isEmpty() ? 0 : 1;
    } catch (LockObtainFailedException e) {
      err.println(
          "error: another reindex is writing to "
              + index.where()
              + " (Lucene's write lock is held); wait for it to finish and try again");
      return 1;
    } catch (IndexingFailedException e) {
      err.println("error: " + e.getMessage() + "; the index at " + index.where() + " is as it was");
      return 1;
    } catch (TaxonomyException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    } catch (IOException e) {
      if (index.onSolr() || !DiskSpace.ranOut(e)) {
        throw e;
      }
      err.println(DiskSpace.fullMessage(index.dir(), DiskSpace.free(index.dir()), indexBytes));
      return 1;
    }
  }

  /**
   * Reindex {@code corpora} into {@code index}, tagging with the tables in {@code tables} where a
   * corpus folder has none of its own, showing progress (a bar on a terminal, plain lines
   * otherwise), then the problems, the tables used and the summary line on {@code out}. The {@code
   * serve} command uses this to build a missing index before it starts.
   *
   * @throws LockObtainFailedException when another reindex is writing to the index
   * @throws TaxonomyException when companies.tsv or topics.tsv has a line it cannot read
   */
  public static ReindexReport reindex(
      List<Path> corpora, Path tables, Path index, boolean full, PrintWriter out)
      throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      return reindex(corpora, tables, directory, full, out);
    }
  }

  /** Reindex {@code corpora} into the index in {@code directory}, as the other overload does. */
  static ReindexReport reindex(
      List<Path> corpora, Path tables, Directory directory, boolean full, PrintWriter out)
      throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(directory, full)) {
      return reindex(corpora, tables, indexer, out);
    }
  }

  /**
   * Reindex {@code corpora} into {@code store} (the embedded index or a SolrCloud collection), as
   * the other overloads do; the caller opens the store (as a rebuild or not) and closes it.
   */
  static ReindexReport reindex(
      List<Path> corpora, Path tables, ArticleStore<?> store, PrintWriter out) throws IOException {
    ArticleTagger tagger = ArticleTagger.forCorpora(corpora, tables);
    Reindexer reindexer = new Reindexer(new CorpusReader(), tagger);
    ReindexReport report;
    try (ReindexProgress progress = ReindexProgress.forOutput(out)) {
      report = reindexer.run(corpora, store, progress);
    }
    for (Problem problem : report.problems()) {
      out.println((problem.skipped() ? "failed: " : "warning: ") + problem);
    }
    for (String missing : tagger.missingTables()) {
      out.println("warning: " + missing);
    }
    out.println("tagging with " + tagger.tables());
    out.println(report.summary());
    out.flush();
    return report;
  }
}

package newsarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.corpus.CorpusReader;
import newsarchive.enrich.ArticleTagger;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleStore;
import newsarchive.index.ReindexListener;
import newsarchive.index.ReindexReport;
import newsarchive.index.Reindexer;

/** The archive's own pipeline, exactly as {@code ./archive reindex --full} runs it. */
final class ArchiveReindex {

  private ArchiveReindex() {}

  /**
   * Read, tag, build documents, index and commit a corpus folder into {@code indexDir}; return the
   * number of articles indexed.
   */
  static long run(Path corpusFolder, Path indexDir) throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, true)) {
      return run(corpusFolder, indexer);
    }
  }

  /**
   * Read, tag, build documents, write and commit a corpus folder into {@code store} (the index
   * folder or a SolrCloud collection); return the number of articles written.
   */
  static long run(Path corpusFolder, ArticleStore<?> store) throws IOException {
    List<Path> corpus = List.of(corpusFolder);
    ReindexReport report =
        new Reindexer(new CorpusReader(), ArticleTagger.forCorpora(corpus, corpusFolder))
            .run(corpus, store, ReindexListener.SILENT);
    if (!report.failures().isEmpty()) {
      throw new IOException(
          report.failures().size() + " inputs failed, first: " + report.failures().getFirst());
    }
    return report.articles();
  }

  /** The archive's index of the workspace corpus, built once (untimed) when no part built it. */
  static Path index(Workspace workspace) throws IOException {
    Path index = workspace.path(IndexBench.OURS);
    if (!Files.isDirectory(index)) {
      run(workspace.corpusFolder(), workspace.fresh(IndexBench.OURS));
    }
    return index;
  }
}

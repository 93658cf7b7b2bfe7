package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.corpus.CorpusReader;
import newsarchive.corpus.Problem;
import newsarchive.enrich.ArticleTagger;
import newsarchive.index.ArticleStore.StoredArticle;

/**
 * Brings the index in line with corpus folders: new and changed articles are written, unchanged
 * ones skipped, vanished ones deleted, all in one commit at the end, so a reader (or a crash) only
 * ever sees the index before or after the whole run.
 */
public final class Reindexer {

  private final CorpusReader reader;
  private final ArticleTagger tagger;

  /** A reindexer reading with {@code reader} and tagging with {@code tagger}. */
  public Reindexer(CorpusReader reader, ArticleTagger tagger) {
    this.reader = reader;
    this.tagger = tagger;
  }

  /**
   * Reindex the corpus folders {@code roots} into the embedded index at {@code indexDir}.
   *
   * @param full whether to rebuild from scratch rather than update what changed
   * @throws org.apache.lucene.store.LockObtainFailedException when another reindex is writing
   */
  public ReindexReport run(List<Path> roots, Path indexDir, boolean full, ReindexListener listener)
      throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, full)) {
      return run(roots, indexer, listener);
    }
  }

  /**
   * Reindex the corpus folders {@code roots} into {@code store}, ending with one commit; the caller
   * opens the store (as a rebuild or not) and closes it, which drops whatever a failure left
   * uncommitted.
   */
  public <D> ReindexReport run(List<Path> roots, ArticleStore<D> store, ReindexListener listener)
      throws IOException {
    long start = System.nanoTime();
    List<Path> absoluteRoots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
    try {
      Map<String, StoredArticle> before = store.stored();
      Run<D> run = new Run<>(store, before);
      Map<Path, List<Path>> files = new LinkedHashMap<>();
      int count = 0;
      long bytes = 0;
      for (Path root : roots) {
        List<Path> found = reader.files(root);
        files.put(root, found);
        count += found.size();
        for (Path file : found) {
          bytes += Files.size(file);
        }
      }
      listener.started(count, bytes);
      try (Handoff<D> handoff = new Handoff<>(tagger, store::document, run, listener)) {
        for (Map.Entry<Path, List<Path>> entry : files.entrySet()) {
          for (Path file : entry.getValue()) {
            reader.read(entry.getKey(), file, handoff);
          }
        }
        handoff.finish();
      }
      listener.finished();
      int deleted = 0;
      for (Map.Entry<String, StoredArticle> entry : before.entrySet()) {
        if (!run.seen.containsKey(entry.getKey())
            && isUnder(entry.getValue().origin(), absoluteRoots)) {
          store.delete(entry.getKey());
          deleted++;
        }
      }
      store.commit(tagger.tables());
      return run.report(deleted, Duration.ofNanos(System.nanoTime() - start));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The state of one run: it takes tagged articles, in reading order, and writes those that
   * changed. Only the handoff's writing thread touches it until the handoff has finished.
   */
  private static final class Run<D> implements Handoff.Writer<D> {
    private final ArticleStore<D> store;
    private final Map<String, StoredArticle> before;
    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, Origin> origins = new HashMap<>();
    private final Map<String, String> current = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    Run(ArticleStore<D> store, Map<String, StoredArticle> before) {
      this.store = store;
      this.before = before;
      before.forEach((id, indexed) -> current.put(id, indexed.hash()));
    }

    @Override
    public void article(Article article, String hash, D document) {
      Origin earlier = origins.put(article.id(), article.origin());
      seen.put(article.id(), hash);
      if (earlier != null) {
        problems.add(
            Problem.warning(
                article.origin().file(),
                article.origin().place(),
                "duplicate id \""
                    + article.id()
                    + "\" (also at "
                    + earlier
                    + "); the last one wins"));
      }
      // Compared with what the writer now holds, so that of two duplicates the last one wins.
      if (!hash.equals(current.get(article.id()))) {
        try {
          store.upsert(article.id(), document);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        current.put(article.id(), hash);
      }
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
    }

    ReindexReport report(int deleted, Duration duration) {
      int added = 0;
      int updated = 0;
      int unchanged = 0;
      for (Map.Entry<String, String> entry : seen.entrySet()) {
        StoredArticle old = before.get(entry.getKey());
        if (old == null) {
          added++;
        } else if (old.hash().equals(entry.getValue())) {
          unchanged++;
        } else {
          updated++;
        }
      }
      return new ReindexReport(added, updated, unchanged, deleted, problems, duration);
    }
  }

  /** Whether an origin (a file, maybe with {@code :line} or {@code #item}) lies under a root. */
  private static boolean isUnder(String origin, List<Path> roots) {
    return roots.stream()
        .anyMatch(root -> origin.startsWith(root.toString() + root.getFileSystem().getSeparator()));
  }
}

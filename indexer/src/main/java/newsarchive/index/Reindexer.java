package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.corpus.ArticleSink;
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
      String tagging = "schema " + ArticleSchema.VERSION + ", tagging " + tagger.fingerprint();
      FileStamps known = store.files();
      Run<D> run = new Run<>(store, before, known.tagging().equals(tagging));
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
      Map<Path, String> stamps = new HashMap<>();
      try (Handoff<D> handoff = new Handoff<>(tagger, run::documentUnlessStored, run, listener)) {
        Set<String> read = new HashSet<>();
        ArticleSink sink = run.keepsFiles() ? new RecordingIds(handoff, read) : handoff;
        for (Map.Entry<Path, List<Path>> entry : files.entrySet()) {
          for (Path file : entry.getValue()) {
            Path absolute = file.toAbsolutePath().normalize();
            String stamp = stampOrNull(entry.getKey(), file);
            if (stamp != null) {
              stamps.put(absolute, stamp);
            }
            if (stamp != null
                && known.unchanged(absolute, stamp, tagging)
                && run.canKeepUnread(absolute, read)) {
              handoff.kept(absolute, Files.size(file));
            } else {
              reader.read(entry.getKey(), file, sink);
            }
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
      stamps.keySet().removeAll(run.toReadAgain);
      store.keepFiles(new FileStamps(tagging, stamps));
      store.commit(tagger.tables());
      return run.report(deleted, Duration.ofNanos(System.nanoTime() - start));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The stamp of {@code file} read under {@code root}, or null when it cannot be had (the reader
   * then reports the file). The root is part of it, since the ids made up for articles that bring
   * none depend on the path from the root.
   */
  private static String stampOrNull(Path root, Path file) {
    try {
      return FileStamps.stamp(file) + " " + root.toAbsolutePath().normalize();
    } catch (IOException e) {
      return null;
    }
  }

  /** Passes everything on, noting the id of each article read. */
  private record RecordingIds(ArticleSink sink, Set<String> ids) implements ArticleSink {
    @Override
    public void article(Article article) {
      ids.add(article.id());
      sink.article(article);
    }

    @Override
    public void problem(Problem problem) {
      sink.problem(problem);
    }

    @Override
    public void bytesRead(long bytes) {
      sink.bytesRead(bytes);
    }
  }

  /**
   * The state of one run: it takes tagged articles, in reading order, and writes those that
   * changed. Only the handoff's writing thread touches it until the handoff has finished, but for
   * {@link #canKeepUnread}, which reads only what was fixed before it started.
   */
  private static final class Run<D> implements Handoff.Writer<D> {
    private final ArticleStore<D> store;
    private final Map<String, StoredArticle> before;
    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, Origin> origins = new HashMap<>();
    private final Map<String, String> current = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** The ids of the stored articles by the file they were read from; empty when none is kept. */
    private final Map<Path, List<String>> storedByFile = new HashMap<>();

    /**
     * Files whose stamps must not be kept: they had problems to report again, or an id another file
     * also has, so which copy wins depends on both being read.
     */
    private final Set<Path> toReadAgain = new HashSet<>();

    Run(ArticleStore<D> store, Map<String, StoredArticle> before, boolean filesCanBeKept) {
      this.store = store;
      this.before = before;
      before.forEach((id, indexed) -> current.put(id, indexed.hash()));
      if (filesCanBeKept) {
        before.forEach(
            (id, indexed) ->
                storedByFile
                    .computeIfAbsent(Origin.parse(indexed.origin()).file(), f -> new ArrayList<>())
                    .add(id));
      }
    }

    /** Whether files whose stamps are unchanged can be kept unread at all. */
    boolean keepsFiles() {
      return !storedByFile.isEmpty();
    }

    /**
     * Whether the unchanged {@code file} can be kept unread: none of its articles has been read
     * from another file this run, which would make it the earlier of two copies, and lose.
     */
    boolean canKeepUnread(Path file, Set<String> read) {
      return storedByFile.getOrDefault(file, List.of()).stream().noneMatch(read::contains);
    }

    @Override
    public void kept(Path file) {
      for (String id : storedByFile.getOrDefault(file, List.of())) {
        StoredArticle stored = before.get(id);
        seen.put(id, stored.hash());
        origins.put(id, Origin.parse(stored.origin()));
      }
    }

    /**
     * The document for {@code article}, or null when the store holds it with this very hash: an
     * unchanged article is written only if a copy read earlier in the run replaced it, and most of
     * what a reread file holds is unchanged, so its story signature and compressed body are made on
     * the writing thread in that rare case instead of for every article. Called on the reading
     * thread, which reads {@link #before} only; it does not change during the run.
     */
    D documentUnlessStored(Article article, String hash) {
      StoredArticle stored = before.get(article.id());
      return stored != null && stored.hash().equals(hash) ? null : store.document(article, hash);
    }

    @Override
    public void article(Article article, String hash, D document) {
      Origin earlier = origins.put(article.id(), article.origin());
      seen.put(article.id(), hash);
      if (earlier != null) {
        toReadAgain.add(earlier.file());
        toReadAgain.add(article.origin().file());
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
      String held = current.get(article.id());
      if (!hash.equals(held)) {
        D written = document != null ? document : store.document(article, hash);
        try {
          if (held == null) {
            store.add(article.id(), written);
          } else {
            store.upsert(article.id(), written);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        current.put(article.id(), hash);
      }
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
      toReadAgain.add(problem.file().toAbsolutePath().normalize());
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

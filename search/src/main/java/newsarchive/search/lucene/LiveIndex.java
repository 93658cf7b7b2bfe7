package newsarchive.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsarchive.query.Synonyms;
import newsarchive.search.IndexDamagedException;
import newsarchive.search.InvalidRequestException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index at one path as the server sees it: read-only, switched to each new commit by a
 * background refresh, and empty (but answering) while no index exists there yet.
 */
public final class LiveIndex implements AutoCloseable {

  private final Path path;
  private final ExecutorService searchThreads;
  private final Map<Object, SegmentColumns> columns = new HashMap<>();
  private final IndexSnapshot empty;
  private final IndexFaults faults;
  private final Warmer warmer;
  private final Synonyms synonyms;
  private volatile Directory directory;
  private volatile SearcherManager manager;
  private ScheduledExecutorService refresher;

  private LiveIndex(Path path, Warmer warmer, Synonyms synonyms) throws IOException {
    this.path = path;
    this.warmer = warmer;
    this.synonyms = synonyms;
    this.searchThreads =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().daemon().name("search-", 0).factory());
    this.empty = new IndexSnapshot(new MultiReader(), searchThreads, new HashMap<>(), synonyms);
    this.faults = new IndexFaults(path);
  }

  /** Open the index at {@code path}, or wait for one to appear there. */
  public static LiveIndex open(Path path) throws IOException {
    return open(path, (snapshot, first) -> {}, Synonyms.bundled());
  }

  /**
   * Open the index at {@code path}, or wait for one to appear there, letting {@code warmer} search
   * each version before it answers, its queries matching {@code synonyms}.
   */
  static LiveIndex open(Path path, Warmer warmer, Synonyms synonyms) throws IOException {
    LiveIndex index = new LiveIndex(path, warmer, synonyms);
    index.refresh();
    return index;
  }

  /** Check for a new commit every {@code period} in a background thread until closed. */
  public synchronized void refreshEvery(Duration period) {
    if (refresher == null) {
      refresher =
          Executors.newSingleThreadScheduledExecutor(
              task -> Thread.ofPlatform().daemon().name("index-refresh").unstarted(task));
      refresher.scheduleWithFixedDelay(
          this::refreshQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Switch to the newest commit, opening the index if it has appeared since the last look. */
  public synchronized void refresh() throws IOException {
    if (manager != null) {
      manager.maybeRefresh();
      return;
    }
    if (Files.isDirectory(path)) {
      Directory opened = FSDirectory.open(path);
      if (DirectoryReader.indexExists(opened)) {
        directory = opened;
        manager = new SearcherManager(opened, snapshots());
        return;
      }
      opened.close();
    }
  }

  /**
   * Makes each new version's snapshot, carrying the facet columns of unchanged segments over, and
   * warms it up while the previous version still answers; the manager calls it under its refresh
   * lock, one version at a time.
   */
  private SearcherFactory snapshots() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        IndexSnapshot snapshot;
        synchronized (columns) {
          snapshot = new IndexSnapshot(reader, searchThreads, columns, synonyms);
        }
        warmer.warm(snapshot, previous == null);
        return snapshot;
      }
    };
  }

  /**
   * Run {@code reading} on the current snapshot, holding it (and only it) for the whole call. A
   * failure caused by damaged files (or any failure while the version's checksums fail) is an
   * {@link IndexDamagedException}, and so is every later read of that version.
   */
  <T> T read(Reading<T> reading) throws IOException {
    return inspect(
        snapshot -> {
          try {
            faults.requireUndamaged(snapshot.getIndexReader());
            return reading.apply(snapshot);
          } catch (InvalidRequestException | IndexDamagedException e) {
            throw e;
          } catch (IOException | RuntimeException e) {
            throw faults.explain(e, snapshot.getIndexReader());
          }
        });
  }

  /** Run {@code reading} on the current snapshot even when it is damaged: to report on it. */
  <T> T inspect(Reading<T> reading) throws IOException {
    SearcherManager current = manager;
    if (current == null) {
      return reading.apply(empty);
    }
    IndexSnapshot snapshot = (IndexSnapshot) current.acquire();
    try {
      return reading.apply(snapshot);
    } finally {
      current.release(snapshot);
    }
  }

  /** What is wrong with {@code snapshot}'s version or newer ones, for a person; null when fine. */
  String problem(IndexSnapshot snapshot) {
    return faults.problem(snapshot.getIndexReader());
  }

  /** The directory the index lives in. */
  public Path path() {
    return path;
  }

  /** The bytes the index's files take on disk, or 0 when there is no index. */
  public long sizeOnDisk() throws IOException {
    if (!Files.isDirectory(path)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(path)) {
      long total = 0;
      for (Path file : files.toList()) {
        try {
          total += Files.size(file);
        } catch (NoSuchFileException e) {
          // A concurrent merge removed it; it is no longer part of the index.
        }
      }
      return total;
    }
  }

  /** Stop refreshing and release the index files. */
  @Override
  public synchronized void close() throws IOException {
    if (refresher != null) {
      refresher.shutdownNow();
    }
    if (manager != null) {
      manager.close();
      directory.close();
    }
    searchThreads.shutdownNow();
  }

  private void refreshQuietly() {
    try {
      refresh();
      faults.opened();
    } catch (IOException | RuntimeException e) {
      // Keep answering from the view we have; the next tick tries again.
      try {
        faults.unopened(e, inspect(IndexSnapshot::committedAt));
      } catch (IOException unreadable) {
        faults.unopened(e, null);
      }
    }
  }

  /** Searches a new version before it answers, so that its first user does not wait. */
  @FunctionalInterface
  interface Warmer {
    /** Search {@code snapshot}; {@code first} when it is the first version this process opens. */
    void warm(IndexSnapshot snapshot, boolean first);
  }

  /** Work done against one index snapshot. */
  @FunctionalInterface
  interface Reading<T> {
    /** Compute a value from {@code snapshot}. */
    T apply(IndexSnapshot snapshot) throws IOException;
  }
}

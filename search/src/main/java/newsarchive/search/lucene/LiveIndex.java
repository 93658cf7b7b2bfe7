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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index at one path as the server sees it: read-only, switched to each new commit by a
 * background refresh, and empty (but answering) while no index exists there yet.
 */
public final class LiveIndex implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

  private final Path path;
  private final ExecutorService searchThreads;
  private final Map<Object, SegmentColumns> columns = new HashMap<>();
  private final IndexSnapshot empty;
  private volatile Directory directory;
  private volatile SearcherManager manager;
  private ScheduledExecutorService refresher;

  private LiveIndex(Path path) throws IOException {
    this.path = path;
    this.searchThreads =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().daemon().name("search-", 0).factory());
    this.empty = new IndexSnapshot(new MultiReader(), searchThreads, new HashMap<>());
  }

  /** Open the index at {@code path}, or wait for one to appear there. */
  public static LiveIndex open(Path path) throws IOException {
    LiveIndex index = new LiveIndex(path);
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
   * Makes each new version's snapshot, carrying the facet columns of unchanged segments over; the
   * manager calls it under its refresh lock, one version at a time.
   */
  private SearcherFactory snapshots() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        synchronized (columns) {
          return new IndexSnapshot(reader, searchThreads, columns);
        }
      }
    };
  }

  /** Run {@code reading} on the current snapshot, holding it (and only it) for the whole call. */
  <T> T read(Reading<T> reading) throws IOException {
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
    } catch (IOException | RuntimeException e) {
      // Keep answering from the view we have; the next tick tries again.
      LOG.warn("Could not refresh the index at {}: {}", path, e.toString());
    }
  }

  /** Work done against one index snapshot. */
  @FunctionalInterface
  interface Reading<T> {
    /** Compute a value from {@code snapshot}. */
    T apply(IndexSnapshot snapshot) throws IOException;
  }
}

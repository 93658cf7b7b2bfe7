package newsarchive.index;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import newsarchive.article.Article;
import newsarchive.corpus.ArticleSink;
import newsarchive.corpus.Problem;
import newsarchive.enrich.ArticleTagger;

/**
 * Tags and hashes articles and builds their documents on the reading thread, and passes them to one
 * writing thread: reading, parsing, tagging and compressing then overlap with Lucene's indexing on
 * other cores (the store's {@link IndexingLanes}).
 *
 * <p>Documents are built, and passed on, earliest published first among the last {@value #WINDOW}
 * articles read (in reading order among those of one instant), since building one assigns its
 * story: a copy joins the story of an earlier copy, so a brief read before the report it shortens
 * would start a story of its own, and an update read after both would join only one of them. Most
 * corpora are roughly in date order, and the window sorts what a folder or a feed mixes up. An
 * article whose id is waiting already first lets everything waiting go, so that of two copies of
 * one id the writer still gets the one read last, last; so does a file kept unread.
 */
final class Handoff<D> implements ArticleSink, AutoCloseable {

  /** What the writing thread does with what the reading thread found. */
  interface Writer<D> {
    /**
     * Take one tagged article whose indexed content hashes to {@code hash}, and its {@code
     * document}, or null when the documents built none (see {@link Documents#of}).
     */
    void article(Article article, String hash, D document);

    /** Take one problem found while reading. */
    void problem(Problem problem);

    /** Keep, unread, the articles the store holds from {@code file}, which has not changed. */
    void kept(Path file);
  }

  /** How the store turns a tagged article with its hash into its own document. */
  interface Documents<D> {
    /**
     * The document for {@code article} whose content hashes to {@code hash}, or null when the
     * writer will most likely not need it and builds it itself if it does.
     */
    D of(Article article, String hash);
  }

  private record Tagged<D>(Article article, String hash, D document) {}

  private record Kept(Path file) {}

  private static final Object END = new Object();

  /**
   * The most read articles waiting for their documents: a few days of a busy feed, and a few
   * megabytes of text.
   */
  static final int WINDOW = 4_096;

  /** A read article waiting for its document; {@code read} counts the articles read before it. */
  private record Waiting(long read, Article article, String hash) {}

  private static final Comparator<Waiting> EARLIEST_FIRST =
      Comparator.comparing(
              (Waiting waiting) -> waiting.article().published(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(Waiting::read);

  private final ArticleTagger tagger;
  private final Documents<D> documents;
  private final ReindexListener listener;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1_000);
  private final Thread thread;
  private final PriorityQueue<Waiting> waiting = new PriorityQueue<>(EARLIEST_FIRST);
  private final Set<String> waitingIds = new HashSet<>();
  private volatile Throwable failure;
  private long handed;
  private long bytesRead;

  /**
   * Start the writing thread, which passes everything to {@code writer}; the reading thread tags
   * with {@code tagger} and builds {@code documents}; {@code listener} follows the reading.
   */
  Handoff(
      ArticleTagger tagger, Documents<D> documents, Writer<D> writer, ReindexListener listener) {
    this.tagger = tagger;
    this.documents = documents;
    this.listener = listener;
    this.thread = Thread.ofPlatform().name("reindex-writer").start(() -> drain(writer));
  }

  @Override
  public void article(Article parsed) {
    Article article = tagger.tag(parsed);
    if (!waitingIds.add(article.id())) {
      passWaiting(0);
      waitingIds.add(article.id());
    }
    waiting.add(new Waiting(handed, article, ContentHash.of(article)));
    passWaiting(WINDOW);
    handed++;
    listener.progress(bytesRead, handed);
  }

  @Override
  public void bytesRead(long bytes) {
    bytesRead += bytes;
    listener.progress(bytesRead, handed);
  }

  @Override
  public void problem(Problem problem) {
    put(problem);
  }

  /**
   * Pass over {@code file}, of {@code bytes} bytes, unread: its articles are as indexed. The
   * articles waiting go first, so the writer sees it after those read before it.
   */
  void kept(Path file, long bytes) {
    passWaiting(0);
    put(new Kept(file));
    bytesRead(bytes);
  }

  /** Build and pass on the documents of the earliest waiting articles until {@code left} wait. */
  private void passWaiting(int left) {
    while (waiting.size() > left) {
      Waiting next = waiting.poll();
      waitingIds.remove(next.article().id());
      put(new Tagged<>(next.article(), next.hash(), documents.of(next.article(), next.hash())));
    }
  }

  /** Wait until the writer has taken everything handed so far; rethrow what it failed with. */
  void finish() {
    passWaiting(0);
    put(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    }
    throwIfFailed();
  }

  /**
   * Stop the writer if {@link #finish} was not reached (the reading side failed), and wait for it,
   * so that nothing writes once the store is closed.
   */
  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void put(Object item) {
    throwIfFailed();
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  /**
   * Rethrow, on the reading thread, what the writer failed with: an I/O failure as itself, any
   * other exception or error (an {@link OutOfMemoryError}, an {@link AssertionError}) wrapped, so
   * the reindex fails instead of going on or hanging.
   */
  private void throwIfFailed() {
    Throwable failed = failure;
    if (failed instanceof UncheckedIOException io) {
      throw new UncheckedIOException(io.getCause());
    }
    if (failed != null) {
      throw new IndexingFailedException(failed);
    }
  }

  @SuppressWarnings("unchecked") // only Tagged<D>, Kept and Problem are ever queued
  private void drain(Writer<D> writer) {
    try {
      for (Object item = queue.take(); item != END; item = queue.take()) {
        if (failure != null) {
          // After a failure, only drain, so the reading side never waits on a full queue.
          continue;
        }
        try {
          if (item instanceof Tagged<?> tagged) {
            writer.article(tagged.article(), tagged.hash(), (D) tagged.document());
          } else if (item instanceof Kept kept) {
            writer.kept(kept.file());
          } else {
            writer.problem((Problem) item);
          }
        } catch (Throwable e) {
          // Any failure, errors included: the writer must go on draining, or the reader would
          // block forever on a full queue.
          failure = e;
        }
      }
    } catch (InterruptedException e) {
      // close(): the reading side gave up; nothing more will come.
    }
  }
}

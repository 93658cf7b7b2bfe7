package newsarchive.index;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import newsarchive.article.Article;
import newsarchive.corpus.ArticleSink;
import newsarchive.corpus.Problem;
import newsarchive.enrich.ArticleTagger;

/**
 * Tags and hashes articles and builds their documents on the reading thread, and passes them, in
 * reading order, to one writing thread: reading, parsing, tagging and compressing then overlap with
 * Lucene's indexing on other cores (the store's {@link IndexingLanes}), while the writer still sees
 * every article and problem in the order the files hold them.
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

  private final ArticleTagger tagger;
  private final Documents<D> documents;
  private final ReindexListener listener;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1_000);
  private final Thread thread;
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
    String hash = ContentHash.of(article);
    put(new Tagged<>(article, hash, documents.of(article, hash)));
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

  /** Pass over {@code file}, of {@code bytes} bytes, unread: its articles are as indexed. */
  void kept(Path file, long bytes) {
    put(new Kept(file));
    bytesRead(bytes);
  }

  /** Wait until the writer has taken everything handed so far; rethrow what it failed with. */
  void finish() {
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

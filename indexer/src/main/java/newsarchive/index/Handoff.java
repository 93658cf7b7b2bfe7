package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import newsarchive.article.Article;
import newsarchive.corpus.ArticleSink;
import newsarchive.corpus.Problem;
import newsarchive.enrich.ArticleTagger;
import newsarchive.enrich.StorySignature;
import org.apache.lucene.document.Document;

/**
 * Tags and hashes articles and builds their documents on the reading thread, and passes them, in
 * reading order, to one writing thread: reading, parsing, tagging and compressing then overlap with
 * Lucene's indexing on another core, while the writer still sees every article and problem in the
 * order the files hold them.
 */
final class Handoff implements ArticleSink, AutoCloseable {

  /** What the writing thread does with what the reading thread found. */
  interface Writer {
    /**
     * Take one tagged article whose indexed content hashes to {@code hash}, and its {@code
     * document}.
     */
    void article(Article article, String hash, Document document);

    /** Take one problem found while reading. */
    void problem(Problem problem);
  }

  private record Tagged(Article article, String hash, Document document) {}

  private static final Object END = new Object();

  private final ArticleTagger tagger;
  private final StoryAssigner stories;
  private final ReindexListener listener;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1_000);
  private final Thread thread;
  private volatile RuntimeException failure;
  private long handed;
  private long bytesRead;

  /**
   * Start the writing thread, which passes everything to {@code writer}; {@code stories} gives each
   * article its story, in reading order; {@code listener} follows the reading.
   */
  Handoff(ArticleTagger tagger, StoryAssigner stories, Writer writer, ReindexListener listener) {
    this.tagger = tagger;
    this.stories = stories;
    this.listener = listener;
    this.thread = Thread.ofPlatform().name("reindex-writer").start(() -> drain(writer));
  }

  @Override
  public void article(Article parsed) {
    Article article = tagger.tag(parsed);
    String hash = ContentHash.of(article);
    StorySignature signature = StorySignature.of(article.title(), article.body());
    long story;
    try {
      story = stories.assign(article, hash, signature);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    put(new Tagged(article, hash, ArticleSchema.toDocument(article, hash, signature, story)));
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

  /** Stop the writer if {@link #finish} was not reached (the reading side failed). */
  @Override
  public void close() {
    thread.interrupt();
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

  private void throwIfFailed() {
    if (failure != null) {
      throw failure instanceof UncheckedIOException io
          ? new UncheckedIOException(io.getCause())
          : failure;
    }
  }

  private void drain(Writer writer) {
    try {
      for (Object item = queue.take(); item != END; item = queue.take()) {
        if (failure != null) {
          // After a failure, only drain, so the reading side never waits on a full queue.
          continue;
        }
        try {
          if (item instanceof Tagged tagged) {
            writer.article(tagged.article(), tagged.hash(), tagged.document());
          } else {
            writer.problem((Problem) item);
          }
        } catch (RuntimeException e) {
          failure = e;
        }
      }
    } catch (InterruptedException e) {
      // close(): the reading side gave up; nothing more will come.
    }
  }
}

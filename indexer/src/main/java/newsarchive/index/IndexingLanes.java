package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Lucene's inversion of a document (analysis, term hashing) runs on the thread that adds it, and
 * one thread cannot keep up with the reading, tagging and building that feed it; {@code
 * IndexWriter} is built for several. These lanes are the indexing threads: each write goes to the
 * lane its key picks, so that two writes with one key (an article and a later copy of the same id)
 * keep their order, while writes of different keys run side by side. A run starts on one lane and
 * opens the others once {@value #ONE_LANE_WRITES} writes have run: a small reindex then writes one
 * segment, its documents in reading order, as a single thread would.
 */
final class IndexingLanes implements AutoCloseable {

  /** One write to the index. */
  interface Write {
    void run() throws IOException;
  }

  /** The writes made on one lane before the others open. */
  static final int ONE_LANE_WRITES = 10_000;

  private static final Write END = () -> {};

  /** A mark that every write queued before it on its lane has run; it runs even after a failure. */
  private record Barrier(CountDownLatch reached) implements Write {
    @Override
    public void run() {
      reached.countDown();
    }
  }

  private final List<BlockingQueue<Write>> queues = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile Throwable failure;
  private int open = 1;
  private long submitted;

  /** Start {@code count} lanes. */
  IndexingLanes(int count) {
    for (int lane = 0; lane < count; lane++) {
      BlockingQueue<Write> queue = new ArrayBlockingQueue<>(256);
      queues.add(queue);
      threads.add(Thread.ofPlatform().name("index-lane-" + lane).start(() -> drain(queue)));
    }
  }

  /**
   * The lanes a reindex uses: two, whatever the machine, since the one reading thread, which tags
   * and builds every document, takes about as long per article as half of Lucene's inversion, and
   * so keeps two lanes busy and no more (measured on 2 cores; see the bench diary).
   */
  static IndexingLanes forReindex() {
    return new IndexingLanes(2);
  }

  /** Queue {@code write} on the lane of {@code key}; rethrow what an earlier write failed with. */
  void submit(String key, Write write) throws IOException {
    if (open < queues.size() && ++submitted > ONE_LANE_WRITES) {
      await(); // so that no write to an id on the first lane can run after one on another
      open = queues.size();
    }
    submit(Math.floorMod(key.hashCode(), open), write);
  }

  private void submit(int lane, Write write) throws IOException {
    throwIfFailed();
    try {
      queues.get(lane).put(write);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    }
  }

  /** Wait until every write queued so far has run; rethrow what a write failed with. */
  void await() throws IOException {
    CountDownLatch done = new CountDownLatch(queues.size());
    for (int lane = 0; lane < queues.size(); lane++) {
      submit(lane, new Barrier(done));
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    }
    throwIfFailed();
  }

  private void throwIfFailed() throws IOException {
    Throwable failed = failure;
    if (failed instanceof IOException io) {
      throw new IOException(io.getMessage(), io);
    }
    if (failed instanceof UncheckedIOException io) {
      throw new IOException(io.getMessage(), io.getCause());
    }
    if (failed != null) {
      throw new IndexingFailedException(failed);
    }
  }

  private void drain(BlockingQueue<Write> queue) {
    try {
      for (Write write = queue.take(); write != END; write = queue.take()) {
        if (failure == null || write instanceof Barrier) {
          try {
            write.run();
          } catch (Throwable e) {
            failure = e;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Drop the writes not started yet, and stop every lane once its current write is done. */
  @Override
  public void close() {
    for (BlockingQueue<Write> queue : queues) {
      queue.clear();
      queue.offer(END);
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

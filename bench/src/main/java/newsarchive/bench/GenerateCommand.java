package newsarchive.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: write a deterministic synthetic corpus in the archive's JSON Lines format. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic news corpus as JSON Lines (gzipped for .gz).")
public final class GenerateCommand implements java.util.concurrent.Callable<Integer> {

  private static final int CHUNK = 2_000;

  @Option(names = "--count", required = true, description = "Number of articles.")
  long count;

  @Option(names = "--seed", defaultValue = "1", description = "Seed; same seed, same corpus.")
  long seed;

  @Option(names = "--out", required = true, description = "Output file (.jsonl or .jsonl.gz).")
  Path out;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    write(new JsonlFile(out), count, seed);
    System.out.printf(
        "generated %,d articles into %s in %.1f s%n",
        count, out, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** Write {@code count} articles of seed {@code seed}, made in parallel and written in order. */
  static void write(JsonlFile file, long count, long seed)
      throws IOException, InterruptedException {
    CorpusGenerator generator = new CorpusGenerator();
    ObjectWriter json = new ObjectMapper().writerFor(JsonArticle.class);
    int threads = Runtime.getRuntime().availableProcessors();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads);
        OutputStream output = file.create()) {
      Deque<Future<byte[]>> pending = new ArrayDeque<>();
      for (long first = 0; first < count || !pending.isEmpty(); ) {
        // Keep a few chunks in flight per thread; write them strictly in order.
        while (first < count && pending.size() < threads * 3) {
          long from = first;
          long to = Math.min(count, first + CHUNK);
          pending.add(pool.submit(() -> chunk(generator, json, seed, from, to)));
          first = to;
        }
        output.write(take(pending.removeFirst()));
      }
    }
  }

  private static byte[] chunk(
      CorpusGenerator generator, ObjectWriter json, long seed, long from, long to) {
    StringBuilder lines = new StringBuilder();
    try {
      for (long n = from; n < to; n++) {
        lines.append(json.writeValueAsString(generator.article(seed, n))).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] take(Future<byte[]> chunk) throws InterruptedException, IOException {
    try {
      return chunk.get();
    } catch (ExecutionException e) {
      throw new IOException("generating articles failed", e.getCause());
    }
  }
}

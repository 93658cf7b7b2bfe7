package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import newsarchive.index.ReindexReport;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reindex killed half-way, by Ctrl-C or by a crash, leaves the last commit as it was: readable,
 * unchanged, and open to the next reindex. The reindex runs in a child JVM so it can really die.
 */
class ReindexCrashTest {

  private static final Path BUNDLED_CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  @TempDir static Path bigCorpus;

  @TempDir Path dir;

  private Path index;

  @BeforeAll
  static void writeABigCorpus() throws Exception {
    writeArticles(bigCorpus.resolve("articles.jsonl"), 100_000);
  }

  @BeforeEach
  void indexTheBundledCorpus() throws Exception {
    index = dir.resolve("index");
    ReindexCommand.reindex(List.of(BUNDLED_CORPUS), BUNDLED_CORPUS, index, false, quiet());
  }

  @ParameterizedTest(name = "killed forcibly: {0}")
  @ValueSource(booleans = {false, true})
  void aReindexKilledHalfWayLeavesTheLastCommitIntact(boolean forcibly) throws Exception {
    int before = documents();
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ArchiveCommand.class.getName(),
                "reindex",
                "--corpus",
                BUNDLED_CORPUS.toString(),
                "--corpus",
                bigCorpus.toString(),
                "--index",
                index.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    // The first progress line comes after some seconds of indexing, long before the commit.
    String line;
    do {
      line = output.readLine();
    } while (line != null && !line.startsWith("read "));
    assertTrue(line != null, "the reindex ended before its first progress line");
    if (forcibly) {
      child.destroyForcibly(); // SIGKILL: a crash
    } else {
      child.destroy(); // SIGTERM: what Ctrl-C does to a JVM
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the reindex did not stop");

    assertEquals(before, documents(), "the killed run changed the committed index");
    ReindexReport next =
        ReindexCommand.reindex(List.of(BUNDLED_CORPUS), BUNDLED_CORPUS, index, false, quiet());
    assertEquals(before, next.unchanged());
  }

  private int documents() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      return reader.numDocs();
    }
  }

  private static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }

  /** Write {@code count} plain synthetic articles, enough to keep a reindex busy for seconds. */
  private static void writeArticles(Path file, int count) throws Exception {
    Random random = new Random(42);
    String[] words =
        "cloud chips model partnership exclusivity data centre training inference revenue outage"
            .split(" ");
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < count; i++) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 120; w++) {
          body.append(words[random.nextInt(words.length)]).append(w % 15 == 14 ? ". " : " ");
        }
        out.write(
            "{\"id\":\"big-"
                + i
                + "\",\"title\":\"Synthetic article "
                + i
                + "\",\"body\":\""
                + body
                + "\",\"published\":\"2025-01-01\"}\n");
      }
    }
  }
}

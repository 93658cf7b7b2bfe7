package newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The small run that keeps the benchmarks from rotting: every part on 5,000 generated articles,
 * checking that every figure is produced (never how fast anything is).
 */
class BenchSuiteTest {

  private static final List<String> ISSUE_KEYS =
      List.of(
          "index.articles_per_s",
          "index.bare_articles_per_s",
          "index.ratio_to_bare",
          "index.bare_words_articles_per_s",
          "index.size_ratio_to_input",
          "search.p50_ms",
          "search.p99_ms",
          "search.bare_p50_ms",
          "search.ratio_to_bare",
          "search.p99_ratio_to_bare",
          "http.c1.p50_ms",
          "http.c1.p99_ms",
          "http.bare.c1.p50_ms",
          "http.c1.ratio_to_bare",
          "http.c1.p99_ratio_to_bare",
          "http.c8.qps",
          "http.qps_ratio_to_inprocess",
          "http.errors",
          "http.typing.1L.p99_ms",
          "http.typing.2L.p99_ms",
          "http.typing.all.p99_ms",
          "sqlite.latency_ratio",
          "server.heap_mb");

  /** Enough generated articles for every part to measure something, few enough for every build. */
  private static final int ARTICLES = 5_000;

  @TempDir Path dir;

  @Test
  void aSmallRunOfEveryPartProducesEveryFigureInTheTableAndTheJson() throws Exception {
    Path json = dir.resolve("figures.json");
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    int status;
    try (PrintStream capture = new PrintStream(table, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      status =
          new CommandLine(new BenchCommand())
              .execute(
                  "bench",
                  "all",
                  "--count=" + ARTICLES,
                  "--repetitions=1",
                  "--passes=1",
                  "--duration=1",
                  "--tables=../corpus",
                  "--work=" + dir,
                  "--json=" + json);
    } finally {
      System.setOut(stdout);
    }
    assertEquals(0, status);
    Map<?, ?> figures = new ObjectMapper().readValue(json.toFile(), Map.class);
    String printed = table.toString(StandardCharsets.UTF_8);
    for (String key : ISSUE_KEYS) {
      assertInstanceOf(Number.class, figures.get(key), key);
      assertTrue(printed.contains(key), key + " is in the table");
    }
    assertEquals(0, ((Number) figures.get("http.errors")).intValue());
    assertEquals(ARTICLES, ((Number) figures.get("run.articles")).intValue());
  }

  @Test
  void anIndexBuiltBeforeIsSearchedAsItIsWithoutAnInput() throws Exception {
    Path input = dir.resolve("small.jsonl");
    GenerateCommand.write(new JsonlFile(input), 3_000, 7);
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.move(input, corpus.resolve("small.jsonl"));
    Path index = dir.resolve("index");
    ArchiveReindex.run(corpus, index);
    Path json = dir.resolve("figures.json");

    int status =
        new CommandLine(new BenchCommand())
            .execute(
                "bench",
                "search",
                "--index=" + index,
                "--repetitions=1",
                "--passes=1",
                "--tables=../corpus",
                "--work=" + dir,
                "--json=" + json);

    assertEquals(0, status);
    Map<?, ?> figures = new ObjectMapper().readValue(json.toFile(), Map.class);
    assertEquals(3_000, ((Number) figures.get("run.articles")).intValue());
    assertInstanceOf(Number.class, figures.get("search.p50_ms"));
    assertEquals(
        2,
        new CommandLine(new BenchCommand())
            .execute("bench", "index", "--index=" + index, "--work=" + dir));
  }
}

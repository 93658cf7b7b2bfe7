package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.search.lucene.FixtureCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code archive export} writes every match of a search, to a file or standard output. */
class ExportCommandTest {

  @TempDir Path dir;
  private Path indexDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeIndex() throws Exception {
    indexDir = dir.resolve("index");
    FixtureCorpus.write(indexDir);
  }

  private int run(String... args) {
    CommandLine command = ArchiveCommand.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void exportsEveryMatchToAFileInJsonLines() throws Exception {
    Path file = dir.resolve("amazon.jsonl");
    int status =
        run(
            "export",
            "cloud",
            "--company",
            "amazon",
            "--sort",
            "newest",
            "--format",
            "jsonl",
            "--out",
            file.toString(),
            "--index",
            indexDir.toString());

    assertEquals(0, status, err.toString());
    assertEquals("Exported 5 articles to " + file + System.lineSeparator(), err.toString());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(
        List.of("a01", "a11", "a09", "a03", "a16"),
        lines.stream().map(line -> line.substring(7, 10)).toList());
    assertEquals(
        "{\"id\":\"a11\",\"published\":\"2025-11-02T09:00:00Z\","
            + "\"title\":\"<script>alert(1)</script> Amazon chip news\",\"source\":\"Tech Wire\","
            + "\"url\":\"https://example.com/a11\",\"companies\":[\"Amazon\"],\"topics\":[\"Chips\"]}",
        lines.get(1));
    assertEquals(List.of(), Files.list(dir).filter(p -> p.toString().endsWith(".part")).toList());
  }

  @Test
  void aMisspelledSearchExportsTheArticlesOfItsCorrectionAndSaysSo() throws Exception {
    Path typed = dir.resolve("typed.jsonl");
    Path corrected = dir.resolve("corrected.jsonl");
    String index = indexDir.toString();

    assertEquals(0, run("export", "amazn clowd", "--out", typed.toString(), "--index", index));
    assertEquals(
        "Exporting the results for: amazon cloud (no article has every word of: amazn clowd)"
            + System.lineSeparator()
            + "Exported 3 articles to "
            + typed
            + System.lineSeparator(),
        err.toString());
    assertEquals(0, run("export", "amazon cloud", "--out", corrected.toString(), "--index", index));
    assertEquals(Files.readAllLines(corrected), Files.readAllLines(typed));
  }

  @Test
  void exportsCsvWithBodiesToStandardOutput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream standardOutput = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int status;
    try {
      status =
          run(
              "export",
              "--topic",
              "chips",
              "--from",
              "2024-06",
              "--to",
              "2024-06",
              "--body",
              "--index",
              indexDir.toString());
    } finally {
      System.setOut(standardOutput);
    }

    assertEquals(0, status, err.toString());
    assertEquals(
        "id,published,title,source,url,companies,topics,body\r\n"
            + "a12,2024-06-05T09:00:00Z,Nvidia market value passes three trillion dollars,"
            + "Newsarchive Briefs,https://example.com/a12,Nvidia,Chips,"
            + "Demand for Nvidia GPUs in data centres lifted the chip maker's market value.\r\n",
        bytes.toString(StandardCharsets.UTF_8));
    assertEquals("Exported 1 article" + System.lineSeparator(), err.toString());
  }

  @Test
  void aBadSearchSaysWhatIsWrongAndLeavesAnEarlierFileAsItWas() throws Exception {
    Path file = Files.writeString(dir.resolve("earlier.csv"), "earlier export\n");

    int status =
        run("export", "cloud OR", "--out", file.toString(), "--index", indexDir.toString());

    assertEquals(2, status);
    assertEquals(
        "Cannot read the query: OR at character 7 needs a term after it." + System.lineSeparator(),
        err.toString());
    assertEquals("earlier export\n", Files.readString(file));
    assertEquals(List.of(file), Files.list(dir).filter(Files::isRegularFile).toList());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertEquals(2, run("export", "--format", "xlsx", "--index", indexDir.toString()));
    assertEquals(
        "format must be one of csv, jsonl, got 'xlsx'." + System.lineSeparator(), err.toString());
  }
}

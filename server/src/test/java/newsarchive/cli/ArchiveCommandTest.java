package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newsarchive.search.lucene.FixtureCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ArchiveCommandTest {

  @TempDir Path indexDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeIndex() throws Exception {
    FixtureCorpus.write(indexDir);
  }

  private int run(String... args) {
    CommandLine command = new CommandLine(new ArchiveCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void searchPrintsTheTopHitsAndTheFacetCounts() {
    int status =
        run(
            "search",
            "nvidia OR trainium",
            "--topic",
            "Chips",
            "--limit",
            "2",
            "--index",
            indexDir.toString());
    assertEquals(0, status, err.toString());
    assertEquals(
        String.join(
            System.lineSeparator(),
            "2024-03-18  Nvidia unveils Blackwell GPUs for data centres  [Nvidia] {Chips}",
            "2024-06-05  Nvidia market value passes three trillion dollars  [Nvidia] {Chips}",
            "3 hits",
            "company: Nvidia (2), Amazon (1)",
            "topic: Chips (3), Funding (1), Partnerships (1)",
            "source: Tech Wire (2), Newsarchive Briefs (1)",
            ""),
        out.toString());
  }

  @Test
  void searchMatchesTheOtherWordsOfTheSynonymsFileGivenAndRefusesAnUnreadableOne(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "# ours\ngizmo, blackwell\n");
    String[] query = {"search", "gizmo", "--index", indexDir.toString()};
    assertEquals(0, run(query), err.toString());
    assertTrue(out.toString().startsWith("0 hits"), out.toString());
    out.getBuffer().setLength(0);
    String[] withFile = {
      "search", "gizmo", "--synonyms", file.toString(), "--index", indexDir.toString()
    };
    assertEquals(0, run(withFile), err.toString());
    assertTrue(
        out.toString().startsWith("2024-03-18  Nvidia unveils Blackwell GPUs for data centres"),
        out.toString());
    assertEquals(
        2,
        run(
            "search",
            "blackwell",
            "--synonyms",
            dir.resolve("missing.txt").toString(),
            "--index",
            indexDir.toString()));
    assertTrue(err.toString().contains("Cannot read the synonyms file"), err.toString());
  }

  @Test
  void searchOfAMisspellingThatFindsNothingShowsTheRespelledResultsAndSaysSo() {
    assertEquals(0, run("search", "trainum", "--index", indexDir.toString()), err.toString());
    assertEquals(
        String.join(
            System.lineSeparator(),
            "2025-11-02  <script>alert(1)</script> Amazon chip news  [Amazon] {Chips}",
            "2023-09-25  Amazon invests in Anthropic  [Amazon, Anthropic] {Funding, Partnerships}",
            "2 hits",
            "company: Amazon (2), Anthropic (1)",
            "topic: Chips (1), Funding (1), Partnerships (1)",
            "source: Tech Wire (2)",
            "Showing results for: trainium (search instead for: \"trainum\")",
            ""),
        out.toString());
  }

  @Test
  void searchWithABadQueryExplainsItAndExitsWithTwo() {
    assertEquals(2, run("search", "\"open", "--index", indexDir.toString()));
    assertEquals(
        "Cannot read the query: The quote at character 1 is never closed; add a \"."
            + System.lineSeparator(),
        err.toString());
  }

  @Test
  void statsPrintsCountsDatesValuesAndSize() {
    assertEquals(0, run("stats", "--index", indexDir.toString()), err.toString());
    String[] lines = out.toString().split(System.lineSeparator());
    assertEquals("documents: 16 (1 undated)", lines[0]);
    assertEquals("dates:     2019-07-22 to 2026-04-29", lines[1]);
    assertEquals(
        "company:   Amazon 5, Microsoft 5, OpenAI 5, Anthropic 4, Google 3, Nvidia 2, Apple 1, Meta 1",
        lines[2]);
    assertEquals(
        "topic:     Partnerships 7, Models 5, Chips 4, Cloud 4, Funding 3, Regulation 2, Security 1",
        lines[3]);
    assertEquals("source:    Newsarchive Briefs 8, Tech Wire 8", lines[4]);
    assertTrue(lines[5].matches("index:     .+ \\(\\d+\\.\\d KB\\)"), lines[5]);
  }
}

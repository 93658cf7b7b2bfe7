package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import newsarchive.index.ArticleIndexer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReindexCommandTest {

  static final Path REPO_CORPUS = Path.of("../corpus").toAbsolutePath().normalize();
  static final Pattern SUMMARY =
      Pattern.compile(
          "indexed (\\d+) new, (\\d+) updated, (\\d+) unchanged, (\\d+) deleted, (\\d+) failed"
              + " in \\d+\\.\\d s \\(\\d+ articles/s\\)");

  @TempDir Path dir;
  Path corpus;
  Path index;

  /** What one run of the command printed and returned. */
  record Run(int exitCode, String out, String err) {

    /** The last line of standard output. */
    String lastLine() {
      List<String> lines = out.lines().toList();
      return lines.getLast();
    }

    /** The counts in the summary line: new, updated, unchanged, deleted, failed. */
    List<Integer> counts() {
      var matcher = SUMMARY.matcher(lastLine());
      assertTrue(matcher.matches(), lastLine());
      return List.of(1, 2, 3, 4, 5).stream().map(g -> Integer.parseInt(matcher.group(g))).toList();
    }
  }

  @BeforeEach
  void copyTheSampleArticleAndTables() throws Exception {
    corpus = dir.resolve("corpus");
    index = dir.resolve("data/index");
    writeSampleCorpus(corpus);
  }

  /** The sample article and the tagging tables copied to {@code corpus}, plus one small article. */
  static void writeSampleCorpus(Path corpus) throws Exception {
    Files.createDirectories(corpus.resolve("articles"));
    for (String file :
        List.of(
            "companies.tsv",
            "topics.tsv",
            "articles/2026/2026-04-29-openai-adds-amazon-cloud.txt")) {
      Files.createDirectories(corpus.resolve(file).getParent());
      Files.copy(REPO_CORPUS.resolve(file), corpus.resolve(file));
    }
    Files.writeString(
        corpus.resolve("articles/nvidia-arm.txt"),
        "Nvidia to buy Arm\nNvidia agreed to buy Arm from SoftBank for $40 billion.\n"
            + "Published: September 14, 2020\n");
  }

  /** Run the archive command line with {@code args}, capturing its output. */
  static Run archive(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ArchiveCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private int indexedDocuments() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      return reader.numDocs();
    }
  }

  @Test
  void reindexBuildsTheIndexAndEndsWithTheSummaryLine() throws Exception {
    Run run = archive("reindex", "--corpus", corpus.toString(), "--index", index.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(2, 0, 0, 0, 0), run.counts());
    assertEquals(2, indexedDocuments());
  }

  @Test
  void aNewsPageSavedFromABrowserIsIndexedTaggedAndFound() throws Exception {
    Files.writeString(
        corpus.resolve("articles/saved-page.html"),
        """
        <html><head><title>Azure outage | Cloud Daily</title>
        <meta property="og:site_name" content="Cloud Daily">
        <meta property="article:published_time" content="2023-01-25T10:00:00Z">
        </head><body><nav><p>Home</p></nav><article>
        <h1>Azure outage takes down Teams and Outlook</h1>
        <p>A network change took down Microsoft's Azure cloud for hours on Wednesday.</p>
        </article></body></html>
        """);
    Run reindex = archive("reindex", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(List.of(3, 0, 0, 0, 0), reindex.counts(), reindex.err());

    Run search = archive("search", "teams outlook", "--index", index.toString());

    assertEquals(0, search.exitCode(), search.err());
    assertTrue(
        search
            .out()
            .startsWith(
                "2023-01-25  Azure outage takes down Teams and Outlook  [Microsoft] {Cloud}"),
        search.out());
  }

  @Test
  void aSecondReindexSkipsWhatIsUnchangedAndDeletesWhatIsGone() throws Exception {
    archive("reindex", "--corpus", corpus.toString(), "--index", index.toString());
    Files.delete(corpus.resolve("articles/nvidia-arm.txt"));

    Run run = archive("reindex", "--corpus", corpus.toString(), "--index", index.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(0, 0, 1, 1, 0), run.counts());
    assertEquals(1, indexedDocuments());
  }

  @Test
  void fullRebuildsEverything() throws Exception {
    archive("reindex", "--corpus", corpus.toString(), "--index", index.toString());

    Run run =
        archive("reindex", "--corpus", corpus.toString(), "--index", index.toString(), "--full");

    assertEquals(List.of(2, 0, 0, 0, 0), run.counts());
    assertEquals(2, indexedDocuments());
  }

  @Test
  void failedInputsAreListedWithFileLineAndReasonAndTheRestIsCommitted() throws Exception {
    Files.writeString(corpus.resolve("articles/empty.txt"), "");
    Files.writeString(
        corpus.resolve("briefs.jsonl"),
        "{\"title\": \"Good\", \"body\": \"Fine.\", \"published\": \"2024-01-01\"}\n{broken\n");

    Run run = archive("reindex", "--corpus", corpus.toString(), "--index", index.toString());

    assertEquals(1, run.exitCode());
    assertEquals(List.of(3, 0, 0, 0, 2), run.counts());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        List.of(
            "failed: " + corpus.resolve("articles/empty.txt") + ": empty file",
            "failed: "
                + corpus.resolve("briefs.jsonl")
                + ":2: not valid JSON: Unexpected character ('b' (code 98)): was expecting"
                + " double-quote to start field name"),
        lines.subList(lines.size() - 4, lines.size() - 2));
    assertEquals(3, indexedDocuments());
  }

  @Test
  void aSecondConcurrentReindexFailsAtOnceWithOneClearLine() throws Exception {
    try (ArticleIndexer running = ArticleIndexer.open(index, false)) {
      Run run = archive("reindex", "--corpus", corpus.toString(), "--index", index.toString());

      assertEquals(1, run.exitCode());
      assertEquals(
          "error: another reindex is writing to "
              + index
              + " (Lucene's write lock is held); wait for it to finish and try again\n",
          run.err());
    }
  }

  @Test
  void aMissingCorpusFolderIsAUsageError() {
    Run run = archive("reindex", "--corpus", dir.resolve("nowhere").toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        "Corpus folder not found: " + dir.resolve("nowhere"),
        run.err().lines().findFirst().orElseThrow());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertEquals(2, archive("reindex", "--fast").exitCode());
  }

  @Test
  void aBrokenCompanyTableIsAUsageErrorNamingTheLine() throws Exception {
    Files.writeString(corpus.resolve("companies.tsv"), "Acme\tACME\n");

    Run run = archive("reindex", "--corpus", corpus.toString(), "--index", index.toString());

    assertEquals(2, run.exitCode(), run.err());
    assertEquals(
        corpus.resolve("companies.tsv")
            + ":1: expected 3 to 5 tab-separated columns (company, aliases, case, ambiguous, not),"
            + " found 2",
        run.err().lines().findFirst().orElseThrow());
  }

  @Test
  void aCorpusWithoutTablesIsTaggedWithTheGivenTablesAndSaysWhichAndStatsShowsThem()
      throws Exception {
    Files.delete(corpus.resolve("companies.tsv"));
    Files.delete(corpus.resolve("topics.tsv"));
    Path tables = dir.resolve("tables");
    Files.createDirectories(tables);
    Files.writeString(tables.resolve("companies.tsv"), "Nvidia\t\tany\nArm\t\texact\n");
    Files.writeString(tables.resolve("topics.tsv"), "Acquisitions\tbuy\n");

    Run run =
        archive(
            "reindex",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--tables",
            tables.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    String used =
        tables.resolve("companies.tsv")
            + " (2 companies) and "
            + tables.resolve("topics.tsv")
            + " (1 topics)";
    assertEquals("tagging with " + used, lines.get(lines.size() - 2));
    Run stats = archive("stats", "--index", index.toString());
    List<String> statsLines = stats.out().lines().toList();
    assertTrue(statsLines.contains("company:   Arm 1, Nvidia 1"), stats.out());
    assertTrue(statsLines.contains("topic:     Acquisitions 1"), stats.out());
    assertEquals("tagging:   " + used, statsLines.getLast());
  }

  @Test
  void noTableAnywhereIsAWarningAndNothingIsTagged() throws Exception {
    Files.delete(corpus.resolve("companies.tsv"));
    Files.delete(corpus.resolve("topics.tsv"));
    Path empty = dir.resolve("no-tables");
    Files.createDirectories(empty);

    Run run =
        archive(
            "reindex",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--tables",
            empty.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        List.of(
            "warning: no companies.tsv found: articles get only the companies they give",
            "warning: no topics.tsv found: articles get only the topics they give",
            "tagging with no companies.tsv and no topics.tsv"),
        lines.subList(lines.size() - 4, lines.size() - 1));
  }

  @Test
  void aMissingTablesFolderIsAUsageError() {
    Run run =
        archive("reindex", "--corpus", corpus.toString(), "--tables", dir.resolve("x").toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        "Tables folder not found: " + dir.resolve("x"),
        run.err().lines().findFirst().orElseThrow());
  }

  @Test
  void withoutASubcommandTheArchiveSaysWhichThereAre() {
    Run run = archive();

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Missing subcommand"), run.err());
    assertTrue(run.err().contains("reindex"), run.err());
  }

  @Test
  void helpShowsTheDefaults() {
    Run run = archive("reindex", "--help");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("(default: data/index)"), run.out());
    assertTrue(run.out().contains("(default: corpus)"), run.out());
  }
}

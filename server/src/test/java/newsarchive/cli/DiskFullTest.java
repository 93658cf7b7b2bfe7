package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import newsarchive.http.ArchiveServer;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A reindex that fills the disk stops with one line and exit code 1, leaves the last commit as it
 * was (and served) with none of its own files behind, and the next run, with room, works.
 */
class DiskFullTest {

  private static final Path BUNDLED_CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  @TempDir Path dir;

  /** What one run of {@code reindex} printed and returned. */
  private record Run(int exitCode, String out, String err) {}

  private Run reindex(Directory directory, String... options) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ArchiveCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.parseArgs(options);
    ReindexCommand reindex = commandLine.getSubcommands().get("reindex").getCommand();
    int exitCode = reindex.reindexInto(directory);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** The disk fills early (while indexing), half-way, or late (while flushing and committing). */
  @ParameterizedTest(name = "the disk holds {0} of the index")
  @ValueSource(doubles = {0.05, 0.5, 0.95})
  void aReindexThatFillsTheDiskStopsWithOneLineAndLeavesTheServedCommitAsItWas(double room)
      throws Exception {
    Path index = dir.resolve("index");
    ReindexCommand.reindex(
        List.of(BUNDLED_CORPUS), BUNDLED_CORPUS, index, false, new PrintWriter(new StringWriter()));
    String[] fullRebuild = {
      "reindex", "--full", "--corpus", BUNDLED_CORPUS.toString(), "--index", index.toString()
    };
    try (SearchService search =
            LuceneSearch.following(index, Duration.ofMillis(50), SearchService.DEFAULT_TIME_LIMIT);
        ArchiveServer server = ArchiveServer.start(search, "127.0.0.1", 0);
        Directory disk = FSDirectory.open(index)) {
      String health = get(server.url() + "api/health");
      long indexBytes = DiskSpace.indexBytes(disk);
      Set<String> committed = committedFiles(disk);
      Set<String> onDisk = filesOnDisk(disk);

      Run full = reindex(new BudgetDirectory(disk, (long) (indexBytes * room)), fullRebuild);

      assertEquals(1, full.exitCode());
      assertTrue(
          full.err()
              .matches(
                  "error: the disk holding "
                      + java.util.regex.Pattern.quote(index.toString())
                      + " is full \\([0-9.]+ [KMG]?B free\\); the reindex stopped and the last"
                      + " commit is intact and still served; free at least [0-9.]+ [KMG]?B \\(twice"
                      + " the index's size\\) and run it again\\R"),
          full.err());
      assertEquals(committed, committedFiles(disk));
      assertEquals(onDisk, filesOnDisk(disk), "the failed run left files behind");
      assertEquals(health, get(server.url() + "api/health"));

      Run afterFreeing = reindex(disk, fullRebuild);
      assertEquals(0, afterFreeing.exitCode(), afterFreeing.err());
      assertEquals("", afterFreeing.err());
      assertTrue(afterFreeing.out().contains(" 0 failed "), afterFreeing.out());
    }
  }

  @Test
  void aFullRebuildWarnsWhenTheDiskHasLessThanTwiceTheIndexFree() {
    Path folder = Path.of("data/index");
    assertEquals(
        Optional.of(
            "warning: data/index has 1.5 GB free; a full rebuild may need about 2.0 GB (twice the"
                + " index's 1.0 GB, for merges)"),
        DiskSpace.rebuildWarning(folder, 1536L << 20, 1L << 30));
    assertEquals(Optional.empty(), DiskSpace.rebuildWarning(folder, 2L << 30, 1L << 30));
  }

  @Test
  void aFullDiskIsRecognisedUnderWhateverLuceneWrapsItIn() {
    Exception full = new java.io.IOException("No space left on device");
    assertTrue(DiskSpace.ranOut(full));
    assertTrue(DiskSpace.ranOut(new IllegalStateException("merge failed", full)));
    Exception closing = new java.io.IOException("could not close");
    closing.addSuppressed(full);
    assertTrue(DiskSpace.ranOut(closing));
    assertEquals(false, DiskSpace.ranOut(new java.io.IOException("Permission denied")));
  }

  private static Set<String> committedFiles(Directory directory) throws Exception {
    return new TreeSet<>(SegmentInfos.readLatestCommit(directory).files(true));
  }

  /** The files in the folder but Lucene's lock file, which a finished writer leaves empty. */
  private static Set<String> filesOnDisk(Directory directory) throws Exception {
    Set<String> files = new TreeSet<>(List.of(directory.listAll()));
    files.remove(IndexWriter.WRITE_LOCK_NAME);
    return files;
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }
}

package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code archive check} and {@code serve --verify} on a sound index of two segments, and on one
 * damaged on disk in each way disks damage files: a flipped byte, a cut file, a lost file.
 */
class CheckCommandTest {

  private static final Path BUNDLED_CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  @TempDir Path dir;

  private Path index;
  private String rebuild;

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  /** The bundled corpus, then one more article in a second commit: two segments. */
  @BeforeEach
  void indexTwoCommits() throws Exception {
    index = dir.resolve("index");
    ReindexCommand.reindex(List.of(BUNDLED_CORPUS), BUNDLED_CORPUS, index, false, quiet());
    Path more = Files.createDirectories(dir.resolve("more"));
    Files.writeString(
        more.resolve("nvidia-arm.txt"),
        "Nvidia to buy Arm\nNvidia agreed to buy Arm from SoftBank.\nPublished: 2020-09-14\n");
    ReindexCommand.reindex(List.of(BUNDLED_CORPUS, more), BUNDLED_CORPUS, index, false, quiet());
    rebuild = "; run ./archive reindex --full --index " + index + " to rebuild it from the corpus";
  }

  private static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }

  static Run archive(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ArchiveCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** The index's largest file: the first segment's compound file, most of the articles. */
  private Path largestFile() throws Exception {
    try (Stream<Path> files = Files.list(index)) {
      return files.max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
  }

  @Test
  void aSoundIndexIsSaidToBeSound() {
    Run run = archive("check", "--index", index.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(
        run.out()
            .matches(
                "index at \\Q"
                    + index
                    + "\\E is sound: 176 articles in 2 segments, every checksum verified in"
                    + " \\d+\\.\\d s\\R"),
        run.out());
  }

  @Test
  void aFlippedByteFailsItsChecksum() throws Exception {
    Path file = largestFile();
    try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
      long middle = bytes.length() / 2;
      bytes.seek(middle);
      int b = bytes.read();
      bytes.seek(middle);
      bytes.write(b ^ 0x01);
    }
    assertEquals(
        new Run(
            1,
            "index at "
                + index
                + " is damaged (segment _0: _0.cfs fails its checksum)"
                + rebuild
                + "\n",
            ""),
        archive("check", "--index", index.toString()));
  }

  @Test
  void aTruncatedFileIsCutShort() throws Exception {
    try (RandomAccessFile bytes = new RandomAccessFile(largestFile().toFile(), "rw")) {
      bytes.setLength(bytes.length() / 2);
    }
    assertEquals(
        new Run(
            1,
            "index at " + index + " is damaged (segment _0: _0.cfs is cut short)" + rebuild + "\n",
            ""),
        archive("check", "--index", index.toString()));
  }

  @Test
  void aDeletedSegmentFileIsMissing() throws Exception {
    Files.delete(largestFile());
    assertEquals(
        new Run(
            1,
            "index at " + index + " is damaged (segment _0: _0.cfs is missing)" + rebuild + "\n",
            ""),
        archive("check", "--index", index.toString()));
  }

  @Test
  void aDeletedSegmentInfoIsMissing() throws Exception {
    Files.delete(index.resolve("_1.si"));
    assertEquals(
        new Run(1, "index at " + index + " is damaged (_1.si is missing)" + rebuild + "\n", ""),
        archive("check", "--index", index.toString()));
  }

  @Test
  void aDeletedCommitPointLeavesFilesThatAreNoIndex() throws Exception {
    try (Stream<Path> files = Files.list(index)) {
      for (Path commit :
          files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.delete(commit);
      }
    }
    assertEquals(
        new Run(
            1,
            "index at "
                + index
                + " is damaged (its commit point (segments_N) is missing)"
                + rebuild
                + "\n",
            ""),
        archive("check", "--index", index.toString()));
  }

  @Test
  void aMissingFolderIsNoIndex() {
    Path nowhere = dir.resolve("nowhere");
    assertEquals(
        new Run(1, "no index at " + nowhere + "; run ./archive reindex to build one\n", ""),
        archive("check", "--index", nowhere.toString()));
  }

  @Test
  void serveVerifyRefusesADamagedIndexWithTheSameAdvice() throws Exception {
    Files.delete(largestFile());
    Run run = archive("serve", "--verify", "--port", "0", "--index", index.toString());
    assertEquals(
        new Run(
            1,
            "",
            "error: index at "
                + index
                + " is damaged (segment _0: _0.cfs is missing)"
                + rebuild
                + "; not serving it\n"),
        run);
  }

  @Test
  void serveVerifyServesASoundIndexAfterSayingSo() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine commandLine = new CommandLine(new ServeCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.parseArgs("--verify", "--port", "0", "--index", index.toString());
    ServeCommand serve = commandLine.getCommand();
    try (ServeCommand.Running running = serve.start()) {
      assertTrue(
          out.toString().startsWith("index at " + index + " is sound: 176 articles"),
          out.toString());
      assertEquals(176, running.search().health().documents());
    }
  }
}

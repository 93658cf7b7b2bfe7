package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  static final Path CORPUS = Path.of("src/test/resources/corpus").toAbsolutePath();

  @Test
  void theWalkFindsEveryArticleFormatAndPassesOverOtherFiles(@TempDir Path root) throws Exception {
    List<String> articleFiles =
        List.of(
            "a.txt",
            "b/c.jsonl",
            "b/d.jsonl.gz",
            "e.xml",
            "f.rss",
            "g.atom",
            "h.json",
            "i.rdf",
            "j.xml.gz");
    List<String> otherFiles =
        List.of(
            "k.gz",
            "archive.tar.gz",
            "README.md",
            "companies.tsv",
            "notes.pdf",
            ".hidden.txt",
            ".git/x.txt");
    for (String name : Stream.concat(articleFiles.stream(), otherFiles.stream()).toList()) {
      Files.createDirectories(root.resolve(name).getParent());
      Files.writeString(root.resolve(name), "x");
    }

    List<String> files =
        new CorpusReader().files(root).stream().map(p -> root.relativize(p).toString()).toList();

    assertEquals(articleFiles, files);
  }

  @Test
  void aBinaryFileIsSkippedWithAReport() {
    for (String name : List.of("text/binary.txt", "jsonl/binary.jsonl")) {
      CollectingSink sink = CollectingSink.read(CORPUS, CORPUS.resolve(name));
      assertEquals(List.of(), sink.articles);
      assertEquals(
          List.of(
              Problem.failure(
                  CORPUS.resolve(name), 0, "binary file (it has NUL bytes), not text; skipped")),
          sink.problems);
    }
  }

  @Test
  void aCorruptGzipFileIsSkippedWithAReport() {
    Path file = CORPUS.resolve("jsonl/corrupt.jsonl.gz");
    CollectingSink sink = CollectingSink.read(CORPUS, file);

    assertEquals(
        List.of(Problem.failure(file, 0, "not a valid gzip file: invalid code lengths set")),
        sink.problems);
  }

  @Test
  void aGzipFileCutShortKeepsTheLinesBeforeTheCut() {
    Path file = CORPUS.resolve("jsonl/cut-short.jsonl.gz");
    CollectingSink sink = CollectingSink.read(CORPUS, file);

    assertEquals(List.of("Kept"), sink.articles.stream().map(a -> a.title()).toList());
    assertEquals(
        List.of(Problem.failure(file, 0, "not a valid gzip file: it is cut short")), sink.problems);
  }

  @Test
  void gzipIsToldByItsMagicBytesNotItsName(@TempDir Path root) throws Exception {
    Path plain = CORPUS.resolve("jsonl/plain-named.jsonl.gz");
    assertEquals(
        List.of("Not gzipped"),
        CollectingSink.read(CORPUS, plain).articles.stream().map(a -> a.title()).toList());

    Path feed = root.resolve("downloaded.xml");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(feed))) {
      out.write(
          Files.readAllBytes(Path.of("src/test/resources/corpus/feeds/rss.xml").toAbsolutePath()));
    }
    CollectingSink sink = CollectingSink.read(root, feed);
    assertEquals(List.of(), sink.problems.stream().filter(Problem::skipped).toList());
    assertEquals(
        List.of(
            "TSMC to build a fab in Arizona",
            "Nvidia completes Mellanox deal",
            "Arm sale called off"),
        sink.articles.stream().map(a -> a.title()).toList());
  }

  @Test
  void aGzipBombIsStoppedAtTheLimitWithoutUnpackingIt(@TempDir Path root) throws Exception {
    Path bomb = root.resolve("bomb.rss.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 256; i++) {
        out.write(spaces);
      }
    }
    CollectingSink sink = new CollectingSink();
    long before = CollectingSink.allocatedBytes();
    new CorpusReader(1 << 20).read(root, bomb, sink);
    long allocated = CollectingSink.allocatedBytes() - before;

    assertEquals(
        List.of(
            Problem.failure(
                bomb,
                0,
                "gzipped file unpacks to over the limit of 1,048,576 bytes for one article file"
                    + " (use JSON Lines for bulk articles)")),
        sink.problems);
    assertTrue(allocated < 32 << 20, allocated + " bytes allocated for a 256 MB bomb");
  }

  @Test
  void aFileOverTheSizeLimitIsSkippedWithAClearMessage(@TempDir Path root) throws Exception {
    Path big = root.resolve("big.txt");
    Files.writeString(big, "Title\n" + "word ".repeat(CorpusReader.DEFAULT_MAX_FILE_BYTES / 5));
    CollectingSink sink = CollectingSink.read(root, big);

    assertEquals(List.of(), sink.articles);
    assertEquals(
        List.of(
            Problem.failure(
                big,
                0,
                "file is 16,777,221 bytes, over the limit of 16,777,216 bytes for one article file"
                    + " (use JSON Lines for bulk articles)")),
        sink.problems);
  }

  @Test
  void aJsonLineOverTheLimitIsSkippedAndTheNextLinesAreRead(@TempDir Path root) throws Exception {
    Path file = root.resolve("long.jsonl");
    Files.writeString(
        file,
        "{\"title\": \"" + "x".repeat(100) + "\"}\n{\"title\": \"Short\", \"body\": \"b\"}\n");
    CollectingSink sink = new CollectingSink();
    new CorpusReader(64).read(root, file, sink);

    assertEquals(List.of("Short"), sink.articles.stream().map(a -> a.title()).toList());
    assertEquals(
        Problem.failure(file, 1, "line of 113 bytes is over the limit of 64 bytes"),
        sink.problems.getFirst());
  }
}

package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  static final Path CORPUS = Path.of("src/test/resources/corpus").toAbsolutePath();

  @Test
  void theWalkFindsEveryArticleFormatAndPassesOverOtherFiles(@TempDir Path root) throws Exception {
    for (String name :
        List.of(
            "a.txt",
            "b/c.jsonl",
            "b/d.jsonl.gz",
            "e.xml",
            "f.rss",
            "g.atom",
            "README.md",
            "companies.tsv",
            "notes.pdf",
            ".hidden.txt",
            ".git/x.txt")) {
      Files.createDirectories(root.resolve(name).getParent());
      Files.writeString(root.resolve(name), "x");
    }

    List<String> files =
        new CorpusReader().files(root).stream().map(p -> root.relativize(p).toString()).toList();

    assertEquals(List.of("a.txt", "b/c.jsonl", "b/d.jsonl.gz", "e.xml", "f.rss", "g.atom"), files);
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
        List.of(Problem.failure(file, 0, "not a valid gzip file: Not in GZIP format")),
        sink.problems);
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

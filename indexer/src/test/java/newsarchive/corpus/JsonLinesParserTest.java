package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {

  static final Path JSONL = Path.of("src/test/resources/corpus/jsonl").toAbsolutePath();

  @Test
  void goodLinesAreReadAndEachBadLineIsReportedByNumber() {
    Path file = JSONL.resolve("briefs.jsonl");
    CollectingSink sink = CollectingSink.read(JSONL, file);

    CorpusFile corpusFile = new CorpusFile(JSONL, file);
    assertEquals(
        List.of(
            "jl-1",
            "https://example.com/msft-atvi",
            corpusFile.fallbackId(":5"),
            corpusFile.fallbackId(":7")),
        sink.articles.stream().map(Article::id).toList());
    assertEquals(
        List.of(
            Problem.failure(
                file,
                3,
                "not valid JSON: Unexpected end-of-input: expected close marker for Object"),
            Problem.failure(file, 6, "not a JSON object"),
            Problem.warning(file, 7, "no publication date; indexed as undated"),
            Problem.failure(file, 8, "no \"title\" and no \"body\"")),
        sink.problems);
  }

  @Test
  void everyFieldOfALineIsRead() {
    Path file = JSONL.resolve("briefs.jsonl");
    List<Article> articles = CollectingSink.read(JSONL, file).articles;

    assertEquals(
        new Article(
            "jl-1",
            "Snowflake goes public",
            "Snowflake raised $3.4 billion in the largest software IPO.",
            Instant.parse("2020-09-16T00:00:00Z"),
            "Wire",
            "https://example.com/snowflake-ipo",
            List.of("Cy Reporter"),
            List.of("Snowflake"),
            List.of("Funding"),
            Origin.line(file, 1)),
        articles.get(0));
    assertEquals(Instant.parse("2022-01-18T14:00:00Z"), articles.get(1).published());
    assertEquals(Instant.parse("2023-08-31T01:00:00Z"), articles.get(2).published());
    assertEquals(new CorpusFile(JSONL, file).fallbackId(":5"), articles.get(2).id());
    assertEquals(Origin.line(file, 5), articles.get(2).origin());
  }

  @Test
  void aGzippedFileReadsLikeThePlainOne() {
    List<Article> plain = CollectingSink.read(JSONL, JSONL.resolve("briefs.jsonl")).articles;
    List<Article> gzipped =
        CollectingSink.read(JSONL, JSONL.resolve("briefs-copy.jsonl.gz")).articles;

    assertEquals(
        plain.stream().map(Article::title).toList(), gzipped.stream().map(Article::title).toList());
  }
}

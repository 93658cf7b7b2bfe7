package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import org.junit.jupiter.api.Test;

class TextArticleParserTest {

  static final Path REPO_CORPUS = Path.of("../corpus").toAbsolutePath().normalize();
  static final Path SAMPLE =
      REPO_CORPUS.resolve("articles/2026/2026-04-29-openai-adds-amazon-cloud.txt");
  static final Path TEXT = Path.of("src/test/resources/corpus/text").toAbsolutePath();

  @Test
  void theSampleArticleIsReadWithItsTitleParagraphsAndDate() {
    CollectingSink sink = CollectingSink.read(REPO_CORPUS, SAMPLE);

    assertEquals(List.of(), sink.problems);
    Article article = sink.articles.getFirst();
    assertEquals(
        "OpenAI adds Amazon cloud to its lineup a day after ending Microsoft exclusivity",
        article.title());
    assertEquals(Instant.parse("2026-04-29T00:00:00Z"), article.published());
    String[] paragraphs = article.body().split("\n\n");
    assertEquals(5, paragraphs.length);
    assertTrue(paragraphs[0].startsWith("In a move that underscores"), paragraphs[0]);
    // The non-breaking hyphens and curly apostrophes are kept as written.
    assertTrue(paragraphs[0].contains("generative\u2011AI sector"), paragraphs[0]);
    assertTrue(paragraphs[4].endsWith("next headline\u2011grabbing partnership shift."));
    assertEquals(Origin.file(SAMPLE), article.origin());
    assertEquals(new CorpusFile(REPO_CORPUS, SAMPLE).fallbackId(""), article.id());
    assertEquals(List.of(), article.companies());
  }

  @Test
  void metadataLinesAboveTheDateAreReadAndBlankLinesSeparateWrappedParagraphs() {
    CollectingSink sink = CollectingSink.read(TEXT, TEXT.resolve("with-metadata.txt"));

    assertEquals(List.of(), sink.problems);
    assertEquals(
        List.of(
            new Article(
                "https://example.com/2019/nvidia-mellanox",
                "Nvidia agrees to buy Mellanox for $6.9 billion",
                "Nvidia said on Monday it would buy Mellanox, the Israeli maker of networking chips,"
                    + " in a deal worth about $6.9 billion in cash.\n\n"
                    + "The acquisition gives Nvidia the interconnects used in many of the world's"
                    + " supercomputers and data centres.",
                Instant.parse("2019-03-11T13:30:00Z"),
                "Newsarchive Briefs",
                "https://example.com/2019/nvidia-mellanox",
                List.of("Ada Writer", "Ben Editor"),
                List.of("Nvidia", "Mellanox"),
                List.of("Acquisitions", "Chips"),
                Origin.file(Path.of(TEXT.resolve("with-metadata.txt").toString())))),
        sink.articles);
  }

  @Test
  void anEmptyOrBlankFileIsAFailure() {
    for (String name : List.of("empty.txt", "blank.txt")) {
      CollectingSink sink = CollectingSink.read(TEXT, TEXT.resolve(name));
      assertEquals(List.of(), sink.articles);
      assertEquals(List.of(Problem.failure(TEXT.resolve(name), 0, "empty file")), sink.problems);
    }
  }

  @Test
  void aTitleWithNoBodyIsIndexedWithAWarning() {
    CollectingSink sink = CollectingSink.read(TEXT, TEXT.resolve("title-only.txt"));

    assertEquals("Oracle wins a cloud contract", sink.articles.getFirst().title());
    assertEquals("", sink.articles.getFirst().body());
    assertEquals(
        List.of(
            Problem.warning(
                TEXT.resolve("title-only.txt"),
                1,
                "a title but no body; indexed with the title only"),
            Problem.warning(
                TEXT.resolve("title-only.txt"), 0, "no publication date; indexed as undated")),
        sink.problems);
  }

  @Test
  void aMissingOrUnparseableDateIsIndexedAsUndatedAndReported() {
    CollectingSink undated = CollectingSink.read(TEXT, TEXT.resolve("undated.txt"));
    CollectingSink badDate = CollectingSink.read(TEXT, TEXT.resolve("bad-date.txt"));

    assertEquals(false, undated.articles.getFirst().dated());
    assertEquals(
        List.of(
            Problem.warning(
                TEXT.resolve("undated.txt"), 0, "no publication date; indexed as undated")),
        undated.problems);
    assertEquals(false, badDate.articles.getFirst().dated());
    assertEquals(
        "The chipmaker's board appointed a new chief executive on Tuesday.",
        badDate.articles.getFirst().body());
    assertEquals(
        List.of(
            Problem.warning(
                TEXT.resolve("bad-date.txt"),
                3,
                "unparseable date \"sometime last spring\"; indexed as undated")),
        badDate.problems);
  }

  @Test
  void anRfc822DateIsRead() {
    CollectingSink sink = CollectingSink.read(TEXT, TEXT.resolve("rfc822-date.txt"));

    assertEquals(Instant.parse("2019-08-07T20:00:00Z"), sink.articles.getFirst().published());
    assertEquals(List.of(), sink.problems);
  }

  @Test
  void invalidUtf8IsReplacedAndReportedWithItsLine() {
    CollectingSink sink = CollectingSink.read(TEXT, TEXT.resolve("invalid-utf8.txt"));

    Article article = sink.articles.getFirst();
    assertEquals("Caf\uFFFD chain picks Azure", article.title());
    assertEquals("The caf\uFFFD chain said it would move to Microsoft Azure.", article.body());
    assertEquals(Instant.parse("2021-06-01T00:00:00Z"), article.published());
    assertEquals(
        List.of(
            Problem.warning(
                TEXT.resolve("invalid-utf8.txt"),
                1,
                "invalid UTF-8; the bad bytes were replaced with \uFFFD")),
        sink.problems);
  }
}

package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.corpus.Problem;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexerTest {

  @TempDir Path dir;

  private record Counts(int added, int updated, int unchanged, int deleted, int failed) {
    static Counts of(ReindexReport report) {
      return new Counts(
          report.added(),
          report.updated(),
          report.unchanged(),
          report.deleted(),
          report.failures().size());
    }
  }

  @Test
  void theFirstRunIndexesEveryArticleTagged() throws Exception {
    Path corpus = TestCorpus.copy("reindex", dir.resolve("corpus"));
    Path index = dir.resolve("index");

    ReindexReport report = TestCorpus.reindex(index, false, corpus);

    assertEquals(new Counts(5, 0, 0, 0, 0), Counts.of(report));
    assertEquals(List.of(), report.problems());
    Article investment = TestCorpus.titled(index, "Microsoft invests");
    assertEquals(List.of("Microsoft", "OpenAI"), investment.companies());
    assertTrue(investment.topics().contains("Funding"), investment.topics().toString());
    assertEquals(List.of("Snowflake"), TestCorpus.articles(index).get("brief-1").companies());
  }

  @Test
  void aSecondRunSkipsUnchangedUpdatesChangedAddsNewAndDeletesVanished() throws Exception {
    Path corpus = TestCorpus.copy("reindex", dir.resolve("corpus"));
    Path index = dir.resolve("index");
    TestCorpus.reindex(index, false, corpus);

    Path tsmc = corpus.resolve("articles/tsmc-arizona.txt");
    Files.writeString(tsmc, Files.readString(tsmc).replace("$12 billion", "$40 billion"));
    Files.delete(corpus.resolve("articles/cloudflare-outage.txt"));
    Files.writeString(
        corpus.resolve("briefs.jsonl"),
        Files.readString(corpus.resolve("briefs.jsonl"))
            + "{\"id\": \"brief-3\", \"title\": \"CoreWeave goes public\", \"body\": \"IPO.\"}\n");
    ReindexReport report = TestCorpus.reindex(index, false, corpus);

    assertEquals(new Counts(1, 1, 3, 1, 0), Counts.of(report));
    assertEquals(
        List.of(
            "CoreWeave goes public",
            "Databricks raises a Series G",
            "Microsoft invests $1 billion in OpenAI",
            "Snowflake raises money before its IPO",
            "TSMC plans a chip factory in Arizona"),
        TestCorpus.titles(index));
    assertTrue(anyBodyContains(index, "$40 billion chip fab"));

    assertEquals(new Counts(0, 0, 5, 0, 0), Counts.of(TestCorpus.reindex(index, false, corpus)));
  }

  @Test
  void aSecondRunReadsOnlyTheFilesThatChanged() throws Exception {
    Path corpus = TestCorpus.copy("reindex", dir.resolve("corpus"));
    Path index = dir.resolve("index");
    assertEquals(5, reindexCountingReads(index, corpus).read());

    Reads unchanged = reindexCountingReads(index, corpus);
    Path tsmc = corpus.resolve("articles/tsmc-arizona.txt");
    Files.writeString(tsmc, Files.readString(tsmc).replace("$12 billion", "$40 billion"));
    Reads oneChanged = reindexCountingReads(index, corpus);

    assertEquals(0, unchanged.read());
    assertEquals(new Counts(0, 0, 5, 0, 0), Counts.of(unchanged.report()));
    assertEquals(1, oneChanged.read());
    assertEquals(new Counts(0, 1, 4, 0, 0), Counts.of(oneChanged.report()));
    assertEquals(5, TestCorpus.articles(index).size());
    assertTrue(anyBodyContains(index, "$40 billion chip fab"));
  }

  @Test
  void aFileReadUnderAnotherCorpusFolderIsReadAgainForTheIdsItsPathMakes() throws Exception {
    Path corpus = TestCorpus.copy("reindex", dir.resolve("corpus"));
    Path index = dir.resolve("index");
    reindexCountingReads(index, corpus);

    Reads underArticles = reindexCountingReads(index, corpus.resolve("articles"));

    assertEquals(3, underArticles.read());
  }

  @Test
  void aFileWithProblemsIsReadAndReportedAgainOnEveryRun() throws Exception {
    Path corpus = TestCorpus.copy("reindex", dir.resolve("corpus"));
    Files.writeString(corpus.resolve("briefs.jsonl"), "{not json\n", StandardOpenOption.APPEND);
    Path index = dir.resolve("index");
    ReindexReport first = TestCorpus.reindex(index, false, corpus);

    Reads second = reindexCountingReads(index, corpus);

    assertEquals(1, first.failures().size());
    assertEquals(first.failures(), second.report().failures());
    assertEquals(2, second.read(), "the two good articles of briefs.jsonl, read again");
  }

  @Test
  void whenOneOfTwoCopiesOfAnArticleGoesTheOtherOneIsIndexed() throws Exception {
    Path corpus = twoCopiesOfOneArticle();
    Path index = dir.resolve("index");
    TestCorpus.reindex(index, false, corpus);

    Files.writeString(
        corpus.resolve("b.txt"), "Second version\nBody two.\nId: other\nPublished: 2020-01-02");
    ReindexReport report = TestCorpus.reindex(index, false, corpus);

    assertEquals(new Counts(1, 1, 0, 0, 0), Counts.of(report));
    assertEquals("First version", TestCorpus.articles(index).get("same").title());
  }

  @Test
  void anIndexOfSeveralSegmentsIsUpdatedInPlace() throws Exception {
    Path corpus = TestCorpus.copy("reindex", dir.resolve("corpus"));
    Path index = dir.resolve("index");
    TestCorpus.writeInSegments(index, corpus);
    assertEquals(3, TestCorpus.segments(index));

    Files.delete(corpus.resolve("articles/tsmc-arizona.txt"));
    Path outage = corpus.resolve("articles/cloudflare-outage.txt");
    Files.writeString(outage, Files.readString(outage).replace("half an hour", "27 minutes"));
    ReindexReport report = TestCorpus.reindex(index, false, corpus);

    assertEquals(new Counts(0, 1, 3, 1, 0), Counts.of(report));
    assertEquals(4, TestCorpus.articles(index).size());
    assertTrue(anyBodyContains(index, "offline for 27 minutes"));
  }

  @Test
  void editingTheCompanyTableRetagsOnTheNextRun() throws Exception {
    Path corpus = TestCorpus.copy("reindex", dir.resolve("corpus"));
    Path index = dir.resolve("index");
    TestCorpus.reindex(index, false, corpus);

    Files.writeString(
        corpus.resolve("companies.tsv"), "Arizona Fabs\tArizona\tany\n", StandardOpenOption.APPEND);
    ReindexReport report = TestCorpus.reindex(index, false, corpus);

    assertEquals(new Counts(0, 1, 4, 0, 0), Counts.of(report));
    assertEquals(List.of("TSMC", "Arizona Fabs"), TestCorpus.titled(index, "TSMC").companies());
  }

  @Test
  void aFullRunRebuildsAndDropsWhatIsNotInTheCorporaGiven() throws Exception {
    Path first = TestCorpus.copy("reindex", dir.resolve("first"));
    Path second = TestCorpus.copy("second", dir.resolve("second"));
    Path index = dir.resolve("index");
    TestCorpus.reindex(index, false, first, second);

    ReindexReport report = TestCorpus.reindex(index, true, second);

    assertEquals(new Counts(5, 0, 0, 0, 0), Counts.of(report));
    assertEquals(5, TestCorpus.articles(index).size());
    assertTrue(TestCorpus.articles(index).containsKey("g-jedi"));
  }

  @Test
  void articlesOfCorporaNotScannedThisRunAreKept() throws Exception {
    Path first = TestCorpus.copy("reindex", dir.resolve("first"));
    Path second = TestCorpus.copy("second", dir.resolve("second"));
    Path index = dir.resolve("index");
    TestCorpus.reindex(index, false, first, second);

    Files.delete(second.resolve("jedi.txt"));
    ReindexReport report = TestCorpus.reindex(index, false, first);

    assertEquals(new Counts(0, 0, 5, 0, 0), Counts.of(report));
    assertEquals(10, TestCorpus.articles(index).size());
  }

  @Test
  void ofTwoArticlesWithTheSameIdTheLastOneWinsAndBothAreReported() throws Exception {
    Path corpus = twoCopiesOfOneArticle();
    Path index = dir.resolve("index");

    ReindexReport first = TestCorpus.reindex(index, false, corpus);
    ReindexReport second = TestCorpus.reindex(index, false, corpus);

    assertEquals(new Counts(1, 0, 0, 0, 0), Counts.of(first));
    assertEquals(
        List.of(
            Problem.warning(
                corpus.resolve("b.txt"),
                0,
                "duplicate id \"same\" (also at "
                    + corpus.resolve("a.txt")
                    + "); the last one wins")),
        first.problems());
    assertEquals(new Counts(0, 0, 1, 0, 0), Counts.of(second));
    assertEquals("Second version", TestCorpus.articles(index).get("same").title());
  }

  @Test
  void badInputsAreReportedAndEveryGoodArticleIsStillIndexed() throws Exception {
    Path corpus = Path.of("src/test/resources/corpus").toAbsolutePath();
    Path index = dir.resolve("index");

    ReindexReport report = TestCorpus.reindex(index, false, corpus);

    assertEquals(
        List.of(
            "feeds/doctype.rss",
            "jsonl/binary.jsonl",
            "jsonl/briefs-copy.jsonl.gz:3",
            "jsonl/briefs-copy.jsonl.gz:6",
            "jsonl/briefs-copy.jsonl.gz:8",
            "jsonl/briefs.jsonl:3",
            "jsonl/briefs.jsonl:6",
            "jsonl/briefs.jsonl:8",
            "jsonl/corrupt.jsonl.gz",
            "jsonl/cut-short.jsonl.gz",
            "text/binary.txt",
            "text/blank.txt",
            "text/empty.txt"),
        report.failures().stream()
            .map(p -> corpus.relativize(p.file()) + (p.line() > 0 ? ":" + p.line() : ""))
            .toList());
    // The gzipped copy repeats two of the plain file's ids (given id, URL), reported as duplicates.
    // The cut-off feed and the gzip file cut short each keep the article they hold before the cut.
    assertEquals(20, report.added());
    assertEquals(20, TestCorpus.articles(index).size());
    assertEquals(
        2, report.warnings().stream().filter(p -> p.reason().startsWith("duplicate id")).count());
  }

  @Test
  void aSecondReindexWhileOneIsWritingFailsAtOnce() throws Exception {
    Path corpus = TestCorpus.copy("reindex", dir.resolve("corpus"));
    Path index = dir.resolve("index");

    try (ArticleIndexer running = ArticleIndexer.open(index, false)) {
      assertThrows(LockObtainFailedException.class, () -> TestCorpus.reindex(index, false, corpus));
    }
  }

  /** A corpus of a.txt and b.txt, two versions of the article with id {@code same}. */
  private Path twoCopiesOfOneArticle() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(
        corpus.resolve("a.txt"), "First version\nBody one.\nId: same\nPublished: 2020-01-01");
    Files.writeString(
        corpus.resolve("b.txt"), "Second version\nBody two.\nId: same\nPublished: 2020-01-02");
    return corpus;
  }

  private static boolean anyBodyContains(Path index, String text) throws Exception {
    return TestCorpus.articles(index).values().stream().anyMatch(a -> a.body().contains(text));
  }

  /** A run's report, and how many articles it read. */
  private record Reads(ReindexReport report, long read) {}

  private static Reads reindexCountingReads(Path index, Path corpus) throws Exception {
    long[] read = new long[1];
    ReindexReport report =
        new Reindexer(
                new newsarchive.corpus.CorpusReader(),
                newsarchive.enrich.ArticleTagger.forCorpora(
                    List.of(corpus), TestCorpus.REPO_CORPUS))
            .run(
                List.of(corpus),
                index,
                false,
                new ReindexListener() {
                  @Override
                  public void progress(long bytesRead, long articles) {
                    read[0] = articles;
                  }
                });
    return new Reads(report, read[0]);
  }

  @Test
  void progressCountsTheBytesOfEveryFileAndMovesWithinOneLargeFile() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      lines.append(
          "{\"id\": \"bulk-%d\", \"title\": \"Cloud brief %d\", \"body\": \"%s\"}\n"
              .formatted(i, i, "Nvidia ships chips. ".repeat(20)));
    }
    Files.writeString(corpus.resolve("bulk.jsonl"), lines);
    long bytes = Files.size(corpus.resolve("bulk.jsonl"));
    List<long[]> seen = new java.util.ArrayList<>();
    long[] total = new long[2];

    new Reindexer(
            new newsarchive.corpus.CorpusReader(),
            newsarchive.enrich.ArticleTagger.forCorpora(
                List.of(TestCorpus.REPO_CORPUS), TestCorpus.REPO_CORPUS))
        .run(
            List.of(corpus),
            dir.resolve("index"),
            false,
            new ReindexListener() {
              @Override
              public void started(int files, long bytesInAll) {
                total[0] = files;
                total[1] = bytesInAll;
              }

              @Override
              public void progress(long bytesRead, long articles) {
                seen.add(new long[] {bytesRead, articles});
              }
            });

    assertEquals(1, total[0]);
    assertEquals(bytes, total[1]);
    assertEquals(bytes, seen.getLast()[0]);
    assertEquals(2_000, seen.getLast()[1]);
    long midway =
        seen.stream().filter(p -> p[0] > 0 && p[0] < bytes).map(p -> p[1]).distinct().count();
    assertTrue(midway > 10, "progress within the file: " + midway + " distinct article counts");
  }
}

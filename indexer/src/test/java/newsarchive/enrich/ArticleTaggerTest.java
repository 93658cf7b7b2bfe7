package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.corpus.ArticleSink;
import newsarchive.corpus.CorpusReader;
import newsarchive.corpus.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTaggerTest {

  static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();
  static final Path SAMPLE =
      CORPUS.resolve("articles/2026/2026-04-29-openai-adds-amazon-cloud.txt");

  private static Article read(Path root, Path file) {
    Article[] read = new Article[1];
    new CorpusReader()
        .read(
            root,
            file,
            new ArticleSink() {
              @Override
              public void article(Article article) {
                read[0] = article;
              }

              @Override
              public void problem(Problem problem) {}
            });
    return read[0];
  }

  @Test
  void theSampleArticleIsAboutOpenAiMicrosoftAndAmazonPartnershipsInTheCloud() throws Exception {
    Article tagged = ArticleTagger.forCorpora(List.of(CORPUS), CORPUS).tag(read(CORPUS, SAMPLE));

    assertEquals(List.of("OpenAI", "Microsoft", "Amazon"), tagged.companies());
    assertTrue(
        tagged.topics().containsAll(List.of("Partnerships", "Cloud")), tagged.topics().toString());
  }

  @Test
  void companiesAndTopicsGivenInTheInputWin() throws Exception {
    Path texts = Path.of("src/test/resources/corpus/text").toAbsolutePath();
    Article tagged =
        ArticleTagger.forCorpora(List.of(CORPUS), CORPUS)
            .tag(read(texts, texts.resolve("with-metadata.txt")));

    assertEquals(List.of("Nvidia", "Mellanox"), tagged.companies());
    assertEquals(List.of("Acquisitions", "Chips"), tagged.topics());
  }

  @Test
  void aCorpusFolderWithoutTablesIsTaggedWithTheDefaultTablesAndSaysWhichItUsed(
      @TempDir Path tables) throws Exception {
    Path texts = Path.of("src/test/resources/corpus/text").toAbsolutePath();
    ArticleTagger tagger = ArticleTagger.forCorpora(List.of(texts), CORPUS);

    Article tagged = tagger.tag(read(CORPUS, SAMPLE));
    assertEquals(List.of("OpenAI", "Microsoft", "Amazon"), tagged.companies());
    assertEquals(List.of(), tagger.missingTables());
    assertTrue(
        tagger
            .tables()
            .matches(
                ".*companies.tsv \\(\\d+ companies\\) and .*topics.tsv \\(14 topics\\)"
                    + " with .*topics-model.tsv"),
        tagger.tables());
  }

  @Test
  void aTableInTheCorpusFolderOverridesTheDefault(@TempDir Path corpus) throws Exception {
    Files.writeString(corpus.resolve(ArticleTagger.COMPANIES_FILE), "Acme\tAcme Corp\tany\n");
    ArticleTagger tagger = ArticleTagger.forCorpora(List.of(corpus), CORPUS);

    assertEquals(
        List.of("Acme"),
        tagger.tag(article("Acme Corp and Microsoft", "Acme sells anvils.")).companies());
    assertEquals(
        corpus.resolve(ArticleTagger.COMPANIES_FILE)
            + " (1 companies) and "
            + CORPUS.resolve("topics.tsv")
            + " (14 topics) with "
            + CORPUS.resolve(TopicModel.FILE),
        tagger.tables());
  }

  /**
   * A topic table in a corpus folder is read without the default's model: it was not made for it.
   */
  @Test
  void aTopicTableInTheCorpusFolderTakesOnlyTheModelBesideIt(@TempDir Path corpus)
      throws Exception {
    Files.writeString(corpus.resolve(ArticleTagger.TOPICS_FILE), "Bakery\tbread\n");
    ArticleTagger tagger = ArticleTagger.forCorpora(List.of(corpus), CORPUS);

    assertTrue(tagger.tables().endsWith(corpus.resolve("topics.tsv") + " (1 topics)"));
    assertEquals(
        List.of("Bakery"),
        tagger.tag(article("Bread and more bread", "The bread sold out.")).topics());
  }

  @Test
  void withNoTableAnywhereNothingIsTaggedAndTheTaggerSaysSo(@TempDir Path empty) throws Exception {
    ArticleTagger tagger = ArticleTagger.forCorpora(List.of(empty), empty);

    Article tagged = tagger.tag(read(CORPUS, SAMPLE));
    assertEquals(List.of(), tagged.companies());
    assertEquals(List.of(), tagged.topics());
    assertEquals("no companies.tsv and no topics.tsv", tagger.tables());
    assertEquals(
        List.of(
            "no companies.tsv found: articles get only the companies they give",
            "no topics.tsv found: articles get only the topics they give"),
        tagger.missingTables());
  }

  /** The model may add a topic the cues miss, but not where the lead speaks of another sense. */
  @Test
  void aScaleModelOfATrainIsNoAiModel() throws Exception {
    Article tagged =
        ArticleTagger.forCorpora(List.of(CORPUS), CORPUS)
            .tag(
                article(
                    "Hornsby's new Class 37 sets a fresh benchmark for ready-to-run detail",
                    "Model Rail Review, June 2021\n\n"
                        + "Hornsby Models has released its long-awaited Class 37, and on the"
                        + " evidence of our sample it is the most detailed ready-to-run model of the"
                        + " type yet produced.\n\n"
                        + "The model comes in six liveries, and each version reproduces the grilles,"
                        + " horns and fuel tanks of its era. A five-pole motor drives all six axles,"
                        + " and on our test track the model hauled 22 coal wagons up a steep"
                        + " gradient.\n\n"
                        + "Training a critical eye over the bodywork, we found little to fault. At"
                        + " 189 pounds it is not cheap, but it is the model against which future"
                        + " releases will be judged. A Class 20 will follow next year."));

    assertEquals(List.of(), tagged.topics());
  }

  @Test
  void subjectsAreTheCompaniesInTitleOrLeadOrNamedTwice() throws Exception {
    Article tagged =
        ArticleTagger.forCorpora(List.of(CORPUS), CORPUS)
            .tag(
                article(
                    "Nvidia launches Blackwell Ultra",
                    "Nvidia showed its new chips on Tuesday.\n\n"
                        + "Buyers include Microsoft and Oracle. Microsoft said it would deploy them"
                        + " first; Dell will build servers."));

    assertEquals(List.of("Nvidia", "Microsoft", "Oracle", "Dell"), tagged.companies());
    assertEquals(List.of("Nvidia", "Microsoft"), tagged.subjects());
  }

  @Test
  void givenCompaniesAreSubjectsWhereTheTextMakesThemSoOrDoesNotNameThem() throws Exception {
    Article given =
        new Article(
            "g1",
            "Nvidia buys Mellanox",
            "The deal was announced with Intel watching.\n\nIntel had bid too.",
            null,
            null,
            null,
            List.of(),
            List.of("Nvidia", "Mellanox Technologies", "Intel", "Microsoft"),
            List.of(),
            Origin.file(Path.of("")));
    Article tagged = ArticleTagger.forCorpora(List.of(CORPUS), CORPUS).tag(given);

    assertEquals(List.of("Nvidia", "Mellanox", "Intel", "Microsoft"), tagged.companies());
    assertEquals(List.of("Nvidia", "Mellanox", "Intel", "Microsoft"), tagged.subjects());
  }

  static Article article(String title, String body) {
    return new Article(
        "t",
        title,
        body,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        Origin.file(Path.of("")));
  }
}

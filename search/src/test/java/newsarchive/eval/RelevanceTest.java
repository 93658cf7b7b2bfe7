package newsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.corpus.CorpusReader;
import newsarchive.enrich.ArticleTagger;
import newsarchive.index.ReindexListener;
import newsarchive.index.Reindexer;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The judged sets over the bundled corpus, run through the real search in every build: a ranking
 * change that costs more than 0.01 of nDCG@10 or MAP@100 on any of them fails here.
 */
class RelevanceTest {

  private static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();
  private static final Path JUDGED = Path.of("src/test/resources/relevance");
  private static final double TOLERANCE = 0.01;

  @TempDir static Path index;

  /** One search over the index for every split, warmed up once as the server is. */
  private static SearchService search;

  @BeforeAll
  static void indexTheBundledCorpus() throws IOException {
    new Reindexer(new CorpusReader(), ArticleTagger.forCorpora(List.of(CORPUS), CORPUS))
        .run(List.of(CORPUS), index, true, ReindexListener.SILENT);
    search = LuceneSearch.open(index);
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  /**
   * Each judged set: the dev queries the ranking was tuned on, the held-out ones, and the sets
   * written blind since (each with its own judgments), which no longer are once read.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "dev",
        "heldout",
        "blind",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "dev8",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind19",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
        "blind33",
        "blind34",
        "blind35",
        "blind36",
        "blind37",
        "blind38",
        "blind39",
        "blind40",
        "blind41",
        "blind42",
        "blind43",
        "blind44",
        "blind45",
        "blind46",
        "blind47",
        "blind48",
        "blind49",
        "blind50",
        "blind51",
        "blind52",
        "blind53",
        "blind54",
        "blind55",
        "blind56",
        "blind57",
        "blind58",
        "blind59",
        "blind60",
        "blind61",
        "blind62",
        "blind63",
        "blind64",
        "blind65",
        "blind66",
        "blind67",
        "blind68",
        "blind69",
        "blind70",
        "blind71",
        "blind72",
        "blind73",
        "blind74",
        "blind75",
        "blind76",
        "blind77",
        "blind78",
        "blind79",
        "blind80",
        "blind81",
        "blind82",
        "blind83",
        "blind84",
        "blind85",
        "blind86",
        "blind87",
        "blind88",
        "blind89",
        "blind90",
        "blind91",
        "blind92",
        "blind93",
        "blind94",
        "blind95",
        "blind96",
        "blind97",
        "blind98",
        "blind99",
        "blind100",
        "blind101",
        "blind102",
        "blind103",
        "blind104",
        "blind105",
        "blind106",
        "blind107",
        "blind108",
        "blind109",
        "blind110",
        "blind111",
        "blind112",
        "blind113",
        "blind114",
        "blind115",
        "blind116",
        "blind117",
        "blind118",
        "blind119"
      })
  void theJudgedQueriesRankAtLeastAsWellAsRecorded(String split) throws IOException {
    String[] recorded =
        Files.readAllLines(JUDGED.resolve("figures.tsv")).stream()
            .filter(line -> line.startsWith(split + "\t"))
            .findFirst()
            .orElseThrow()
            .split("\t");
    Effectiveness figures =
        Evaluation.mean(
            new Evaluation(search, 100)
                .run(
                    Topic.read(JUDGED.resolve("topics-" + split + ".tsv")),
                    Judgments.read(
                        JUDGED.resolve(
                            List.of("dev", "heldout").contains(split)
                                ? "qrels.txt"
                                : "qrels-" + split + ".txt"))));
    double ndcg = Double.parseDouble(recorded[1]);
    double map = Double.parseDouble(recorded[2]);
    assertTrue(
        figures.ndcg10() >= ndcg - TOLERANCE && figures.map100() >= map - TOLERANCE,
        split + ": " + figures + ", recorded nDCG@10=" + ndcg + " MAP@100=" + map);
  }
}

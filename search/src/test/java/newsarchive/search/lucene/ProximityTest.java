package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import newsarchive.article.Article;
import newsarchive.search.Grouping;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SearchService;
import newsarchive.search.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proximity, and the companies a query names as the articles' subjects, reorder the first all-words
 * matches (the subjects raise the partial matches too), and paging by cursor or by number still
 * walks one list, every article once, across the end of the reordered window; on the embedded index
 * here, on SolrCloud in a subclass.
 */
@TestInstance(Lifecycle.PER_CLASS)
public class ProximityTest {

  private static final int ARTICLES = 120;

  /** Ranks (in the order before proximity) of the articles whose two words stand together. */
  private static final List<Integer> NEAR = IntStream.range(40, 50).boxed().toList();

  /** The ids of two articles naming Microsoft: as their subject, and in passing. */
  private static final String SUBJECT = "subjectarticle";

  private static final String IN_PASSING = "passingarticle";

  /**
   * The ids of two articles holding two words: side by side but swapped, and in order but apart.
   */
  private static final String SWAPPED = "swappedarticle";

  private static final String APART = "apartarticle";

  /**
   * The ids of three articles on one company investing in another: the reports of its first and of
   * a later investment, which score the same, and an older article naming both far apart.
   */
  private static final String FIRST_TIME = "firstinvestment";

  private static final String LATER_TIME = "laterinvestment";

  private static final String FAR_APART = "farapartnames";

  /**
   * The ids of two articles on one company's chiefs: the older on a chief's appointment, naming him
   * three times, and the newer on his successor's, naming him once.
   */
  private static final String OWN_TENURE = "owntenure";

  private static final String SUCCESSOR = "successornamed";

  /**
   * The ids of two more articles on one company's chiefs: the older on a chief's plans, naming him
   * in its headline and saying he replaced his own predecessor, and the newer on his successor's
   * appointment, naming him once, in passing.
   */
  private static final String PLANS_IN_HEADLINE = "plansinheadline";

  private static final String SUCCESSOR_IN_PASSING = "successorinpassing";

  private SearchService search;

  /** A search over {@code articles}: the embedded index, written in {@code dir}. */
  protected SearchService open(Path dir, List<Article> articles) throws Exception {
    FixtureCorpus.write(dir, articles);
    return LuceneSearch.open(dir);
  }

  /**
   * Articles, each its own story, that score the same on {@code cloud customers} word by word (same
   * length, each word once, not in the title), dated one day apart so that newest first is their
   * order before proximity; in ten of them, ranked 40–49 by date, the two words are neighbours, in
   * the rest thirteen words apart.
   */
  @BeforeAll
  void open(@TempDir Path indexDir) throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int rank = 0; rank < ARTICLES; rank++) {
      // Words of its own, so that no two articles are versions of one story.
      int own = rank;
      String filler =
          String.join(" ", IntStream.range(0, 12).mapToObj(j -> "w" + own + "x" + j).toList());
      String body =
          NEAR.contains(rank) ? "cloud customers " + filler : "cloud " + filler + " customers";
      articles.add(
          FixtureCorpus.article(
              id(rank),
              "Market update " + rank,
              LocalDate.of(2026, 1, 1).minusDays(rank).toString(),
              "Wire",
              List.of(),
              List.of(),
              body));
    }
    articles.addAll(SubjectCorpus.tagged(List.of(about(SUBJECT, true), about(IN_PASSING, false))));
    articles.add(inOrder(SWAPPED, "quokka zebra", "2025-05-01"));
    articles.add(inOrder(APART, "zebra w quokka", "2025-05-02"));
    articles.add(investment(FIRST_TIME, "2019-07-22"));
    articles.add(investment(LATER_TIME, "2023-01-23"));
    articles.add(
        FixtureCorpus.article(
            FAR_APART,
            "Deal update " + FAR_APART,
            "2017-03-01",
            "Wire",
            List.of(),
            List.of(),
            "Globex " + words(FAR_APART + "a", 60) + " invest " + words(FAR_APART + "b", 60),
            "Initech " + words(FAR_APART + "c", 60)));
    articles.add(
        chief(
            OWN_TENURE,
            "2016-05-02",
            "Hooli named Gavin Roe chief executive, succeeding its founder. Roe had run the games"
                + " unit, and Roe said he would keep it."));
    articles.add(
        chief(
            SUCCESSOR,
            "2024-05-02",
            "Hooli named Ann Lee chief executive, succeeding Gavin Roe. Lee had run the games"
                + " unit, and Lee said she would keep it."));
    articles.add(
        FixtureCorpus.article(
            PLANS_IN_HEADLINE,
            "Art Kessler's Vandelay unveils a factory plan",
            "2021-03-23",
            "Wire",
            List.of(),
            List.of(),
            "Vandelay will build two factories, chief executive Art Kessler said. Kessler, who"
                + " replaced Moss as chief executive in February, said the plan would take four"
                + " years."));
    articles.add(
        FixtureCorpus.article(
            SUCCESSOR_IN_PASSING,
            "Vandelay names Ruiz chief executive",
            "2025-03-12",
            "Wire",
            List.of(),
            List.of(),
            "Vandelay said Ruiz would become its chief executive, ending a search that began when"
                + " Art Kessler was pushed out in December. Ruiz takes over a company under"
                + " pressure."));
    search = open(indexDir, articles);
  }

  private static Article chief(String id, String published, String body) {
    return FixtureCorpus.article(
        id, "Chief update " + id, published, "Wire", List.of(), List.of(), body);
  }

  @AfterAll
  void close() throws Exception {
    search.close();
  }

  /**
   * An article naming Microsoft once and an outage once, thirteen words apart: in its first
   * paragraph when Microsoft is its subject, in its last when it is named in passing. The two score
   * the same word by word; the one in passing is newer.
   */
  private static Article about(String id, boolean subject) {
    String filler = String.join(" ", IntStream.range(0, 12).mapToObj(j -> id + "x" + j).toList());
    String lede = subject ? "Microsoft " + filler + "." : filler + " outage.";
    String last = subject ? "Spare " + filler + " outage." : "Spare " + filler + " Microsoft.";
    return FixtureCorpus.article(
        id,
        "Service update " + id,
        subject ? "2025-06-01" : "2025-06-02",
        "Wire",
        List.of(),
        List.of(),
        lede,
        last);
  }

  /**
   * An article holding {@code words} among words of its own, the same length as the other of its
   * pair, so that the two score the same word by word.
   */
  private static Article inOrder(String id, String words, String published) {
    String filler = String.join(" ", IntStream.range(0, 10).mapToObj(j -> id + "x" + j).toList());
    String body = words + (words.split(" ").length == 2 ? " " + id + "y " : " ") + filler;
    return FixtureCorpus.article(
        id, "Wildlife update " + id, published, "Wire", List.of(), List.of(), body);
  }

  /** A report of Globex investing in Initech, the words in a row among words of its own. */
  private static Article investment(String id, String published) {
    return FixtureCorpus.article(
        id,
        "Deal update " + id,
        published,
        "Wire",
        List.of(),
        List.of(),
        "Globex will invest in Initech " + words(id, 12));
  }

  private static String words(String own, int count) {
    return String.join(" ", IntStream.range(0, count).mapToObj(j -> own + "x" + j).toList());
  }

  private static String id(int rank) {
    return "p%03d".formatted(rank);
  }

  private static SearchRequest request(int page, int size, String cursor) {
    return new SearchRequest(
        "cloud customers", null, null, null, null, page, size, cursor, 20, null);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }

  @Test
  void articlesWithTheWordsTogetherComeFirstAndTheRestKeepTheirOrder() throws Exception {
    List<String> first = ids(search.search(request(1, 100, null)));

    assertEquals(NEAR.stream().map(ProximityTest::id).toList(), first.subList(0, 10));
    List<String> others =
        IntStream.range(0, 100).filter(r -> !NEAR.contains(r)).mapToObj(ProximityTest::id).toList();
    assertEquals(others.subList(0, 90), first.subList(10, 100));
  }

  @Test
  void twoWordsSideBySideInEitherOrderAreNearerThanInOrderWithAWordBetween() throws Exception {
    SearchResult result =
        search.search(
            new SearchRequest("zebra quokka", null, null, null, null, 1, 10, null, 20, null));

    assertEquals(List.of(SWAPPED, APART), ids(result));
  }

  @Test
  void storiesAreRankedByTheirBestMatchAfterProximityToo() throws Exception {
    SearchResult stories =
        search.search(
            new SearchRequest(
                "cloud customers",
                null,
                null,
                null,
                null,
                1,
                10,
                null,
                20,
                null,
                Grouping.STORY,
                null,
                null));

    assertEquals(NEAR.stream().map(ProximityTest::id).toList(), ids(stories));
  }

  @Test
  void pagingByCursorAndByNumberWalkTheSameListWithEveryArticleOnce() throws Exception {
    List<String> byCursor = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page = search.search(request(1, 7, cursor));
      byCursor.addAll(ids(page));
      cursor = page.nextCursor();
    } while (cursor != null);
    List<String> byNumber = new ArrayList<>();
    for (int page = 1; page <= (ARTICLES + 8) / 9; page++) {
      byNumber.addAll(ids(search.search(request(page, 9, null))));
    }

    assertEquals(ids(search.search(request(1, 100, null))), byCursor.subList(0, 100));
    assertEquals(byCursor, byNumber);
    assertEquals(ARTICLES, new HashSet<>(byCursor).size());
    assertEquals(ARTICLES, byCursor.size());
  }

  @Test
  void aCompanyTypedRaisesTheArticleWhoseSubjectItIsAboveOneNamingItInPassing() throws Exception {
    assertEquals(List.of(IN_PASSING, SUBJECT), ids(search.search(request("outage"))), "a tie");
    assertEquals(List.of(SUBJECT, IN_PASSING), ids(search.search(request("microsoft outage"))));
    assertEquals(
        List.of(IN_PASSING, SUBJECT),
        ids(search.search(request("\"microsoft\" outage"))),
        "a quoted name asks for the word alone");
  }

  @Test
  void aCompanyTypedRaisesThePartialMatchWhoseSubjectItIsToo() throws Exception {
    // Both lack "customers"; the articles that have it lack the other two words.
    List<String> hits = ids(search.search(request("microsoft outage customers")));

    assertEquals(List.of(SUBJECT, IN_PASSING), hits.subList(0, 2));
    assertEquals(10, hits.size());
  }

  @Test
  void aQuestionForWhenListsTheEarliestOfTheBestMatchesFirst() throws Exception {
    assertEquals(
        List.of(LATER_TIME, FIRST_TIME, FAR_APART),
        ids(search.search(request("globex invest in initech"))),
        "a tie, broken newest first");
    for (String question :
        List.of("when did globex invest in initech", "when did globex first invest in initech")) {
      assertEquals(
          List.of(FIRST_TIME, LATER_TIME, FAR_APART),
          ids(search.search(request(question))),
          question + ": the older match far below the best stays below");
    }
  }

  @Test
  void aQuestionForASuccessorListsTheLatestOfTheBestMatchesFirst() throws Exception {
    assertEquals(
        List.of(OWN_TENURE, SUCCESSOR),
        ids(search.search(request("roe succeeded hooli"))),
        "the article naming him most first");
    assertEquals(
        List.of(SUCCESSOR, OWN_TENURE), ids(search.search(request("who succeeded roe at hooli"))));
    // The successor's article names the predecessor once, where his own name him in the headline,
    // by his whole name too.
    for (String question :
        List.of("who replaced kessler at vandelay", "who replaced art kessler at vandelay")) {
      assertEquals(
          List.of(SUCCESSOR_IN_PASSING, PLANS_IN_HEADLINE),
          ids(search.search(request(question))),
          question);
    }
  }

  private static SearchRequest request(String query) {
    return new SearchRequest(query, null, null, null, null, 1, 10, null, 20, null);
  }

  @Test
  void newestFirstIsExactlyByDate() throws Exception {
    SearchResult newest = search.search(request(1, 100, null).withSort(SortOrder.NEWEST));
    assertEquals(IntStream.range(0, 100).mapToObj(ProximityTest::id).toList(), ids(newest));
  }
}

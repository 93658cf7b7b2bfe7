package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact forms first, and partial matches after the all-words ones instead of a dead end. */
class PartialMatchesTest {

  @TempDir static Path indexDir;
  private static SearchService search;

  @BeforeAll
  static void open() throws Exception {
    FixtureCorpus.write(indexDir);
    search = LuceneSearch.open(indexDir);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  private static SearchRequest request(String query, int size, String cursor) {
    return new SearchRequest(query, null, null, null, null, 1, size, cursor, 20, null);
  }

  private static List<String> describe(SearchResult result) {
    return result.hits().stream()
        .map(hit -> hit.id() + " " + hit.match() + (hit.missing() == null ? "" : hit.missing()))
        .toList();
  }

  @Test
  void aQueryNoArticleFullyMatchesListsTheBestPartialMatchesButCountsNothing() throws Exception {
    SearchResult result = search.search(request("blackwell anthropic", 20, null));
    assertEquals(0, result.total());
    assertEquals(
        List.of(
            "a04 partial[anthropic]",
            "a03 partial[blackwell]",
            "a13 partial[blackwell]",
            "a14 partial[blackwell]",
            "a09 partial[blackwell]"), // Anthropic in the body only
        describe(result));
    assertEquals(5L, result.partialTotal());
    result.facets().values().forEach(values -> assertEquals(List.of(), values));
  }

  @Test
  void aMissingWordIsNamedWithoutTheQuestionMarkTypedAfterIt() throws Exception {
    assertEquals(
        "a04 partial[anthropic]",
        describe(search.search(request("blackwell anthropic?", 20, null))).get(0));
  }

  @Test
  void partialMatchesFollowTheAllWordsOnesAndKeepTheFilters() throws Exception {
    SearchResult result =
        search.search(
            request("amazon trainium", 20, null)
                .withSelections(Map.of(ArticleSchema.COMPANY, List.of("Amazon"))));
    assertEquals(2, result.total());
    List<String> matches = result.hits().stream().map(Hit::match).toList();
    assertEquals(List.of("all", "all"), matches.subList(0, 2));
    assertEquals(
        result.hits().size() - 2,
        matches.stream().filter(match -> match.equals("partial")).count());
    result.hits().forEach(hit -> assertEquals(true, hit.companies().contains("Amazon"), hit.id()));
  }

  @Test
  void pagingByCursorAndByPageWalkTheSameListAcrossTheDivider() throws Exception {
    List<String> whole = describe(search.search(request("amazon cloud", 100, null)));
    List<String> byCursor = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page = search.search(request("amazon cloud", 2, cursor));
      byCursor.addAll(describe(page));
      cursor = page.nextCursor();
    } while (cursor != null);
    List<String> byPage = new ArrayList<>();
    for (int page = 1; page <= (whole.size() + 2) / 3; page++) {
      byPage.addAll(
          describe(
              search.search(
                  new SearchRequest(
                      "amazon cloud", null, null, null, null, page, 3, null, 20, null))));
    }
    assertEquals(whole, byCursor);
    assertEquals(whole, byPage);
  }

  @Test
  void theWordAsTypedRanksAboveWordsOfTheSameStemAndAQuotedWordNeedsIt() throws Exception {
    SearchResult loose = search.search(request("exclusivity", 20, null));
    assertEquals("a01", loose.hits().getFirst().id());
    SearchResult quoted = search.search(request("\"exclusivity\"", 20, null));
    assertEquals(List.of("a01 all"), describe(quoted));
    assertNull(quoted.partialTotal());
  }
}

package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed words that make one entry of the list of other words ("come out", "steps down") match where
 * they stand together, as the entries added for them do, not wherever each word is.
 */
@TestInstance(Lifecycle.PER_CLASS)
class TypedEntryTest {

  private SearchService search;

  @BeforeAll
  void open(@TempDir Path indexDir) throws Exception {
    FixtureCorpus.write(
        indexDir,
        List.of(
            article(
                "launched",
                "Globex launches the Widget",
                "Globex put its Widget assistant on sale on Monday."),
            article(
                "together",
                "The Widget will come out in spring",
                "Globex said its Widget would come out before the summer."),
            article(
                "apart",
                "Widget fans come to the fair",
                "Fans of the Widget come to the fair each year and stay out late.")));
    search = LuceneSearch.open(indexDir);
  }

  private static Article article(String id, String title, String body) {
    return FixtureCorpus.article(id, title, "2025-01-01", "Wire", List.of(), List.of(), body);
  }

  @AfterAll
  void close() throws Exception {
    search.close();
  }

  @Test
  void anEntryTypedMatchesWhereItsWordsStandTogetherOrWhereAnotherWordForItStands()
      throws Exception {
    List<String> found =
        search.search(SearchRequest.of("widget come out")).hits().stream()
            .filter(hit -> hit.match().equals(Hit.ALL))
            .map(Hit::id)
            .sorted()
            .toList();
    assertEquals(List.of("launched", "together"), found);
  }
}

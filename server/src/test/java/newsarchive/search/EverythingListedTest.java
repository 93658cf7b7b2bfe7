package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.index.ArticleIndexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The landing page (everything, newest first) is computed once per index version, never stale. */
class EverythingListedTest {

  @TempDir Path indexDir;

  @Test
  void theListingOfEverythingIsTheSameWhenAskedAgainAndFollowsANewCommit() throws Exception {
    FixtureCorpus.write(indexDir);
    try (LiveIndex live = LiveIndex.open(indexDir)) {
      SearchService service = new SearchService(live);
      SearchResult first = service.search(SearchRequest.of(""));
      SearchResult again = service.search(SearchRequest.of(""));
      assertEquals(first.withTookMs(0), again.withTookMs(0));
      assertEquals(FixtureCorpus.ARTICLES.size(), first.total());

      try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
        indexer.upsert(
            new Article(
                "late-news",
                "Late news from the future",
                "A brief written after the first listing.",
                Instant.parse("2030-01-01T00:00:00Z"),
                "Tech Wire",
                null,
                List.of(),
                List.of("Nvidia"),
                List.of("Chips"),
                "late.txt"),
            "hash-late");
        indexer.commit();
      }
      live.refresh();

      SearchResult after = service.search(SearchRequest.of(""));
      assertEquals(first.total() + 1, after.total());
      assertEquals("late-news", after.hits().getFirst().id());
      assertEquals(
          count(first, "Nvidia") + 1, count(after, "Nvidia"), "facet counts follow the commit");
    }
  }

  private static long count(SearchResult result, String company) {
    return result.facets().get("company").stream()
        .filter(value -> value.value().equals(company))
        .mapToLong(SearchResult.FacetValue::count)
        .findFirst()
        .orElse(0);
  }
}

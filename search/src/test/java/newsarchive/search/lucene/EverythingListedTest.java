package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The landing page (everything, newest first) is computed once per index version, never stale. */
class EverythingListedTest {

  @TempDir Path indexDir;

  @Test
  void theListingOfEverythingIsTheSameWhenAskedAgainAndFollowsANewCommit() throws Exception {
    FixtureCorpus.write(indexDir);
    try (SearchService service =
        LuceneSearch.following(indexDir, Duration.ofMillis(20), SearchService.DEFAULT_TIME_LIMIT)) {
      SearchResult first = service.search(SearchRequest.of(""));
      long version = service.version();
      SearchResult again = service.search(SearchRequest.of(""));
      assertEquals(first.withTookMs(0), again.withTookMs(0));
      assertEquals(FixtureCorpus.ARTICLES.size(), first.total());

      try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
        Article article =
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
                Origin.file(Path.of("late.txt")));
        indexer.upsert(article.id(), indexer.document(article, "hash-late"));
        indexer.commit("");
      }
      awaitNewVersion(service, version);

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

  /**
   * Wait (at most ten seconds) until the service answers from a version newer than {@code seen}.
   */
  private static void awaitNewVersion(SearchService service, long seen) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (service.version() == seen) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the service never followed the new commit");
      }
      Thread.sleep(10);
    }
  }
}

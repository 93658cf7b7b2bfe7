package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import newsarchive.index.ReindexListener;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories served from the embedded index: the contract every backend keeps, and counting stories
 * ({@code count=stories}), which SolrCloud does not do (see README, Not on SolrCloud yet).
 */
class StoriesApiTest extends StoryGroupingContract {

  @TempDir static Path indexDir;

  @Override
  SearchService fixture() throws Exception {
    reindexer().run(CORPUS, indexDir, true, ReindexListener.SILENT);
    return LuceneSearch.open(indexDir);
  }

  @Test
  void withCountStoriesTotalCountsTheStoriesThatStoryPagesList() throws Exception {
    assertEquals(1, json("/api/search?q=title:multiyear&count=stories").get("total").asInt());
    int stories = storiesListed(new HashSet<>());
    assertEquals(stories, json("/api/search?size=1&count=stories").get("total").asInt());
  }

  @Test
  void withCountStoriesEachFacetValueCountsItsStories() throws Exception {
    Map<String, Long> articles = companyCounts(json("/api/search?q=title:multiyear"));
    Map<String, Long> stories = companyCounts(json("/api/search?q=title:multiyear&count=stories"));

    // Both copies mention Google and Microsoft; only one mentions Amazon.
    assertEquals(Map.of("Microsoft", 2L, "OpenAI", 2L, "Google", 2L, "Amazon", 1L), articles);
    assertEquals(Map.of("Microsoft", 1L, "OpenAI", 1L, "Google", 1L, "Amazon", 1L), stories);
    assertEquals(
        Map.of("Microsoft", 1L, "OpenAI", 1L, "Google", 1L, "Amazon", 1L),
        companyCounts(json("/api/search?q=title:multiyear&company=Amazon&count=stories")));
  }
}

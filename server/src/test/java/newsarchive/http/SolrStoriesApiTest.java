package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.index.ReindexListener;
import newsarchive.search.Grouping;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SearchService;
import newsarchive.search.SortOrder;
import newsarchive.search.lucene.FixtureCorpus;
import newsarchive.search.lucene.LuceneSearch;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;
import newsarchive.search.solr.SolrWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same stories on SolrCloud: the bundled corpus reindexed into a collection of two shards, so a
 * story's copies lie on different shards; and a reindex into a collection that already holds an
 * article gives its copy the same story. Distinct stories are not counted there yet ({@code
 * count=stories}): a story's copies lie on several shards, where Solr counts distinct values
 * exactly only up to a hundred.
 */
class SolrStoriesApiTest extends StoryGroupingContract {

  @Override
  SearchService fixture() throws Exception {
    try (SolrWriter writer =
        SolrWriter.open(SolrFixture.cluster().solrUrls(), "stories", true, 2, 1)) {
      reindexer().run(CORPUS, writer, ReindexListener.SILENT);
    }
    return SolrSearch.connect(SolrFixture.cluster().solrUrls(), "stories", SolrFixture.TIME_LIMIT);
  }

  @Test
  void anArticleReindexedLaterJoinsTheStoryOfItsCopyInTheCollection() throws Exception {
    String body =
        "Acme Robotics agreed to buy Widget Dynamics for two billion dollars in cash, the largest"
            + " deal in the history of warehouse automation, the companies said on Monday.";
    Article first =
        FixtureCorpus.article(
            "first",
            "Acme Robotics buys Widget Dynamics",
            "2025-02-03",
            "Tech Wire",
            List.of(),
            List.of(),
            body);
    Article copy =
        FixtureCorpus.article(
            "copy",
            "Acme Robotics to buy Widget Dynamics",
            "2025-02-04",
            "Newsarchive Briefs",
            List.of(),
            List.of(),
            body);
    write("later", true, first);
    write("later", false, copy);
    try (SolrSearch search =
        SolrSearch.connect(SolrFixture.cluster().solrUrls(), "later", SolrFixture.TIME_LIMIT)) {
      SearchResult stories =
          search.search(
              new SearchRequest(
                  "widget",
                  null,
                  null,
                  null,
                  null,
                  1,
                  10,
                  null,
                  10,
                  null,
                  Grouping.STORY,
                  null,
                  null));
      assertEquals(1, stories.hits().size());
      Hit story = stories.hits().getFirst();
      assertEquals(2, story.versions());
      assertEquals(1, story.otherVersions().size());
    }
  }

  @Test
  void storyPagesInDateOrderAreTheEmbeddedIndexsWithTheirPartialMatches(@TempDir Path indexDir)
      throws Exception {
    reindexer().run(CORPUS, indexDir, true, ReindexListener.SILENT);
    try (SearchService embedded = LuceneSearch.open(indexDir);
        SearchService solr =
            SolrSearch.connect(
                SolrFixture.cluster().solrUrls(), "stories", SolrFixture.TIME_LIMIT)) {
      for (String query : List.of("", "openai microsoft investment")) {
        for (int page = 1; page <= 8; page++) {
          SearchRequest request =
              new SearchRequest(
                  query,
                  null,
                  null,
                  null,
                  SortOrder.NEWEST,
                  page,
                  25,
                  null,
                  10,
                  null,
                  Grouping.STORY,
                  null,
                  null);
          assertEquals(
              embedded.search(request).withTookMs(0),
              solr.search(request).withTookMs(0),
              "'" + query + "' page " + page);
        }
      }
    }
  }

  /** One reindex run writing {@code article} into {@code alias}. */
  private static void write(String alias, boolean full, Article article) throws Exception {
    try (SolrWriter writer = SolrWriter.open(SolrFixture.cluster().solrUrls(), alias, full, 2, 1)) {
      writer.stored();
      writer.upsert(article.id(), writer.document(article, "hash-" + article.id()));
      writer.commit("");
    }
  }
}

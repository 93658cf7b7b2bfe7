package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsarchive.article.Article;
import newsarchive.index.ReindexListener;
import newsarchive.search.ArticleView;
import newsarchive.search.Counting;
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
 * The same stories on SolrCloud: the bundled corpus reindexed into a collection of two shards,
 * which routes articles by story, so that each shard counts distinct stories no other shard holds;
 * a reindex into a collection that already holds an article gives its copy the same story; and an
 * article whose story changes moves to its new story's shard without leaving a copy behind.
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
    Article first =
        FixtureCorpus.article(
            "first",
            "Acme Robotics buys Widget Dynamics",
            "2025-02-03",
            "Tech Wire",
            List.of(),
            List.of(),
            SolrFixture.DEAL);
    Article copy =
        FixtureCorpus.article(
            "copy",
            "Acme Robotics to buy Widget Dynamics",
            "2025-02-04",
            "Newsarchive Briefs",
            List.of(),
            List.of(),
            SolrFixture.DEAL);
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
  void anArticleWhoseStoryChangesMovesWithoutLeavingItsEarlierVersion() throws Exception {
    write(
        "moved",
        true,
        article("deal", "Acme Robotics buys Widget Dynamics", "2025-02-03", SolrFixture.DEAL),
        article("rotterdam", "Rotterdam dockworkers strike", "2025-02-04", SolrFixture.STRIKE));
    // The second article is rewritten into a copy of the first: its story becomes the first's.
    write(
        "moved",
        false,
        article("rotterdam", "Acme to buy Widget Dynamics", "2025-02-05", SolrFixture.DEAL));
    try (SolrSearch search =
        SolrSearch.connect(SolrFixture.cluster().solrUrls(), "moved", SolrFixture.TIME_LIMIT)) {
      SearchResult articles = search.search(counting("", Map.of(), Counting.ARTICLES));
      assertEquals(2, articles.total());
      assertEquals(1, articles.hits().size(), "one story");
      assertEquals(List.of("rotterdam", "deal"), ids(articles.hits().getFirst()));
      assertEquals(1, search.search(counting("", Map.of(), Counting.STORIES)).total());
      assertEquals(0, search.search(counting("dockworkers", Map.of(), Counting.ARTICLES)).total());
    }
  }

  @Test
  void storiesAreCountedAsTheEmbeddedIndexCountsThem(@TempDir Path indexDir) throws Exception {
    reindexer().run(CORPUS, indexDir, true, ReindexListener.SILENT);
    int fewerStoriesThanArticles = 0;
    try (SearchService embedded = LuceneSearch.open(indexDir);
        SearchService solr =
            SolrSearch.connect(
                SolrFixture.cluster().solrUrls(), "stories", SolrFixture.TIME_LIMIT)) {
      for (String query : List.of("", "openai microsoft investment", "cloud", "nvidia chips")) {
        for (Map<String, List<String>> selections :
            List.of(
                Map.<String, List<String>>of(),
                Map.of("company", List.of("Microsoft")),
                Map.of("company", List.of("Microsoft", "Google"), "topic", List.of("Cloud")))) {
          SearchResult expected = embedded.search(counting(query, selections, Counting.STORIES));
          SearchResult actual = solr.search(counting(query, selections, Counting.STORIES));
          String asked = "'" + query + "' " + selections;
          assertEquals(expected.total(), actual.total(), asked);
          assertEquals(expected.facets(), actual.facets(), asked);
          if (expected.total()
              < embedded.search(counting(query, selections, Counting.ARTICLES)).total()) {
            fewerStoriesThanArticles++;
          }
        }
      }
    }
    assertTrue(
        fewerStoriesThanArticles >= 6, "searches finding copies: " + fewerStoriesThanArticles);
  }

  @Test
  void relatedArticlesAreTheEmbeddedIndexs(@TempDir Path indexDir) throws Exception {
    reindexer().run(CORPUS, indexDir, true, ReindexListener.SILENT);
    List<String> ids = new ArrayList<>();
    List<String> differing = new ArrayList<>();
    try (SearchService embedded = LuceneSearch.open(indexDir);
        SearchService solr =
            SolrSearch.connect(
                SolrFixture.cluster().solrUrls(), "stories", SolrFixture.TIME_LIMIT)) {
      embedded.export(SearchRequest.of(""), false, article -> ids.add(article.id()));
      for (String id : ids) {
        List<ArticleView.Related> expected =
            embedded.article(id, null, null).orElseThrow().related();
        List<ArticleView.Related> actual = solr.article(id, null, null).orElseThrow().related();
        if (!expected.equals(actual)) {
          differing.add(id);
        }
      }
    }
    assertEquals(List.of(), differing, "of " + ids.size());
  }

  /** The first page of stories for {@code query} with {@code selections}, counted as asked. */
  private static SearchRequest counting(
      String query, Map<String, List<String>> selections, Counting count) {
    return new SearchRequest(
        query,
        null,
        selections,
        null,
        SortOrder.NEWEST,
        1,
        10,
        null,
        10,
        null,
        Grouping.STORY,
        count,
        null);
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

  /**
   * One reindex run writing {@code articles} into {@code alias}, each replacing any stored version,
   * as the reindexer writes a changed article.
   */
  private static void write(String alias, boolean full, Article... articles) throws Exception {
    try (SolrWriter writer = SolrWriter.open(SolrFixture.cluster().solrUrls(), alias, full, 2, 1)) {
      writer.stored();
      for (Article article : articles) {
        writer.upsert(article.id(), writer.document(article, "hash-" + article.body().hashCode()));
      }
      writer.commit("");
    }
  }

  /** The ids of a story's versions, the one shown first. */
  private static List<String> ids(Hit story) {
    List<String> ids = new ArrayList<>(List.of(story.id()));
    story.otherVersions().forEach(version -> ids.add(version.id()));
    return ids;
  }

  /** An article of the fixture's kind, with no companies or topics given. */
  private static Article article(String id, String title, String published, String body) {
    return FixtureCorpus.article(id, title, published, "Tech Wire", List.of(), List.of(), body);
  }
}

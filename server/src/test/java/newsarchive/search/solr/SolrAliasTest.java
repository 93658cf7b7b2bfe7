package newsarchive.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.FixtureCorpus;
import org.junit.jupiter.api.Test;

/**
 * Searches go to the collection their alias names, as SolrJ's cache of aliases last read it; a full
 * reindex moves the alias and drops the collection it named at once.
 */
class SolrAliasTest {

  @Test
  void aSearchRightAfterAFullReindexAnswersFromTheNewCollection() throws Exception {
    SolrFixture.write("moving");
    try (SearchService search =
        SolrSearch.connect(SolrFixture.cluster().solrUrls(), "moving", SolrFixture.TIME_LIMIT)) {
      assertEquals(FixtureCorpus.ARTICLES.size(), search.search(SearchRequest.of("")).total());
      List<Article> three = FixtureCorpus.ARTICLES.subList(0, 3);
      SolrFixture.write("moving", three, 2, 1);
      assertEquals(3, search.search(SearchRequest.of("")).total());
      assertEquals(
          three.stream().map(Article::id).sorted().toList(),
          search.search(SearchRequest.of("")).hits().stream()
              .map(hit -> hit.id())
              .sorted()
              .toList());
    }
  }
}

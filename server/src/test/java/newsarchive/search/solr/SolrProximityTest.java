package newsarchive.search.solr;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.ProximityTest;

/**
 * The same reordering of the first all-words matches, and the same paging across its end, from a
 * SolrCloud collection of two shards: the window is reordered as a whole, not shard by shard.
 */
class SolrProximityTest extends ProximityTest {

  @Override
  protected SearchService open(Path dir, List<Article> articles) throws Exception {
    SolrFixture.write("proximity", articles, 2, 1);
    return SolrSearch.connect(
        SolrFixture.cluster().solrUrls(), "proximity", SolrFixture.TIME_LIMIT);
  }
}

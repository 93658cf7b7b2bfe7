package newsarchive.search.solr;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.NearestRespellingTest;

/**
 * The same respelling from a SolrCloud collection of two shards: the shard without Mistral's
 * article knows only "mistake", and the merge of the shards' proposals must still pick "mistral".
 */
class SolrNearestRespellingTest extends NearestRespellingTest {

  @Override
  protected SearchService open(Path dir, List<Article> articles) throws Exception {
    SolrFixture.write("respelling", articles, 2, 1);
    return SolrSearch.connect(
        SolrFixture.cluster().solrUrls(), "respelling", SolrFixture.TIME_LIMIT);
  }
}

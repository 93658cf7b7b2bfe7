package newsarchive.http;

import newsarchive.index.ArticleStore;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;
import newsarchive.search.solr.SolrWriter;

/**
 * The same hot reload on SolrCloud: a rebuild makes a new collection and moves the alias the server
 * searches, an update rewrites the collection in place, and the server, never restarted, follows
 * both.
 */
class SolrHotReloadTest extends HotReloadTest {

  private static final String ALIAS = "live";

  @Override
  ArticleStore<?> store(boolean rebuild) throws Exception {
    return SolrWriter.open(SolrFixture.cluster().solrUrls(), ALIAS, rebuild, 2, 1);
  }

  @Override
  TestServer serve() throws Exception {
    return new TestServer(
        SolrSearch.connect(SolrFixture.cluster().solrUrls(), ALIAS, SolrFixture.TIME_LIMIT));
  }
}

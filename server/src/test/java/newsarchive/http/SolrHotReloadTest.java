package newsarchive.http;

import newsarchive.index.ArticleStore;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;
import newsarchive.search.solr.SolrWriter;

/**
 * The same hot reload on SolrCloud: a rebuild makes a new collection and moves the alias the server
 * searches, an update rewrites the collection in place, and the server, never restarted, follows
 * both without an error. What it cannot promise is one version per answer: a commit opens a new
 * searcher on each shard at its own moment, a node learns of a moved alias from ZooKeeper a moment
 * after another, and the histogram is a second request; so during a switch an answer may count
 * parts of two versions (seen: a total of 40 with a histogram of 39), as the README says.
 */
class SolrHotReloadTest extends HotReloadTest {

  private static final String ALIAS = "live";

  @Override
  ArticleStore<?> store(boolean rebuild) throws Exception {
    return SolrWriter.open(SolrFixture.cluster().solrUrls(), ALIAS, rebuild, 2, 1);
  }

  @Override
  boolean answersFromOneVersion() {
    return false;
  }

  @Override
  TestServer serve() throws Exception {
    return new TestServer(
        SolrSearch.connect(SolrFixture.cluster().solrUrls(), ALIAS, SolrFixture.TIME_LIMIT));
  }
}

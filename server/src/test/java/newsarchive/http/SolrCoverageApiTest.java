package newsarchive.http;

import newsarchive.search.SearchService;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;

/**
 * The same timeline and co-mention bodies as {@link CoverageApiTest}, answered by a SolrCloud
 * collection of two shards: counts, shares and lifts do not depend on where an article lies.
 */
class SolrCoverageApiTest extends CoverageApiTest {

  @Override
  SearchService fixture() throws Exception {
    SolrFixture.write("coverage");
    return SolrSearch.connect(SolrFixture.cluster().solrUrls(), "coverage", SolrFixture.TIME_LIMIT);
  }
}

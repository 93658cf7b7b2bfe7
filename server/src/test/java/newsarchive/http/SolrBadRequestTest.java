package newsarchive.http;

import newsarchive.search.SearchService;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;

/** Every client mistake of {@link BadRequestTest} gets the same 4xx answer on SolrCloud. */
class SolrBadRequestTest extends BadRequestTest {

  @Override
  SearchService fixture() throws Exception {
    SolrFixture.write("mistakes");
    return SolrSearch.connect(SolrFixture.cluster().solrUrls(), "mistakes", SolrFixture.TIME_LIMIT);
  }
}

package newsarchive.http;

import newsarchive.search.SearchService;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;

/**
 * The same exports as {@link ExportApiTest}, byte for byte, walked with {@code cursorMark} over a
 * SolrCloud collection of two shards.
 */
class SolrExportApiTest extends ExportApiTest {

  @Override
  SearchService fixture() throws Exception {
    SolrFixture.write("export", ARTICLES, 2, 1);
    return SolrSearch.connect(SolrFixture.cluster().solrUrls(), "export", SolrFixture.TIME_LIMIT);
  }
}

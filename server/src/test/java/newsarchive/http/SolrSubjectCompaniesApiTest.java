package newsarchive.http;

import newsarchive.search.SearchService;
import newsarchive.search.lucene.SubjectCorpus;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;

/**
 * The same {@code companyRole} answers as {@link SubjectCompaniesApiTest}, from a SolrCloud
 * collection of two shards that holds each article's subject companies in their own field.
 */
class SolrSubjectCompaniesApiTest extends SubjectCompaniesApiTest {

  @Override
  SearchService fixture() throws Exception {
    SolrFixture.write("subjects", SubjectCorpus.ARTICLES, 2, 1);
    return SolrSearch.connect(SolrFixture.cluster().solrUrls(), "subjects", SolrFixture.TIME_LIMIT);
  }
}

package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import newsarchive.search.SearchService;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;
import org.junit.jupiter.api.Test;

/** Every client mistake of {@link BadRequestTest} gets the same 4xx answer on SolrCloud. */
class SolrBadRequestTest extends BadRequestTest {

  @Override
  SearchService fixture() throws Exception {
    SolrFixture.write("mistakes");
    return SolrSearch.connect(SolrFixture.cluster().solrUrls(), "mistakes", SolrFixture.TIME_LIMIT);
  }

  @Test
  void subjectOnlyCompaniesAreNotSupportedYetAndSaySo() throws Exception {
    TestServer.Response response = server.get("/api/search?company=Amazon&companyRole=subject");

    assertEquals(501, response.status(), response.body());
    assertEquals("not_supported", response.json().get("error").asText());
    assertEquals(
        "companyRole=subject is not available on the SolrCloud backend yet; use the embedded"
            + " index.",
        response.json().get("message").asText());
  }
}

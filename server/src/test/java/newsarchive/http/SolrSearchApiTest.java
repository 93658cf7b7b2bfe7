package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import newsarchive.search.SearchService;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;

/**
 * The same API contract as {@link SearchApiTest}, answered by a SolrCloud collection of two shards
 * on two nodes. Only the cursor's text differs: it wraps Solr's own {@code cursorMark}, so it is
 * compared by presence; the walks in the cursor tests check where it leads.
 */
class SolrSearchApiTest extends SearchApiTest {

  @Override
  SearchService fixture() throws Exception {
    SolrFixture.write("api");
    return SolrSearch.connect(SolrFixture.cluster().solrUrls(), "api", SolrFixture.TIME_LIMIT);
  }

  @Override
  ObjectNode comparable(ObjectNode body) {
    if (body.has("nextCursor")) {
      body.put("nextCursor", "present");
    }
    return super.comparable(body);
  }

  @Override
  boolean estimatesCounts() {
    return false; // Solr counts every match, however many
  }

  @Override
  ObjectNode comparableHealth(ObjectNode health) {
    assertEquals("solrcloud", health.remove("backend").asText());
    ObjectNode cluster = (ObjectNode) health.remove("cluster");
    assertEquals(2, cluster.remove("liveNodes").size());
    assertEquals(
        new ObjectMapper()
            .createObjectNode()
            .put("shards", 2)
            .put("shardsWithActiveLeader", 2)
            .put("replicas", 2)
            .put("activeReplicas", 2),
        cluster);
    return health;
  }
}

package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import newsarchive.search.lucene.FixtureCorpus;
import newsarchive.search.solr.SolrFixture;
import newsarchive.search.solr.SolrSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /feed.atom} on SolrCloud: the same feed, byte for byte, as the embedded index gives for
 * the same articles (but for the server's address and the feed's commit time), whose own tests
 * ({@link FeedTest}) check what a feed must hold.
 */
class SolrFeedTest {

  @TempDir Path indexDir;

  @Test
  void theFeedOfASearchIsTheSameOnBothBackends() throws Exception {
    FixtureCorpus.write(indexDir);
    SolrFixture.write("feed");
    try (TestServer embedded = new TestServer(indexDir);
        TestServer solr =
            new TestServer(
                SolrSearch.connect(
                    SolrFixture.cluster().solrUrls(), "feed", SolrFixture.TIME_LIMIT))) {
      for (String search : List.of("company=Amazon", "q=cloud&topic=Chips", "q=nothingmatches")) {
        TestServer.Response expected = embedded.get("/feed.atom?" + search);
        TestServer.Response actual = solr.get("/feed.atom?" + search);
        assertEquals(200, expected.status(), expected.body());
        assertEquals(
            List.of(200, comparable(expected.body())),
            List.of(actual.status(), comparable(actual.body())),
            search);
      }
    }
  }

  /**
   * The feed without what must differ: each server's own port, and the feed's {@code updated} (the
   * time of its index's last commit; each entry's {@code updated} stays).
   */
  private static String comparable(String feed) {
    return feed.replaceAll("http://127\\.0\\.0\\.1:\\d+/", "http://archive/")
        .replaceFirst("<updated>[^<]*</updated>", "");
  }
}

package newsarchive.http;

import java.nio.file.Path;
import java.time.Duration;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.FixtureCorpus;
import newsarchive.search.lucene.LuceneSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that calls the API of the fixture corpus, served once for the whole class from the
 * embedded index; a subclass runs the same tests on another backend by overriding {@link #fixture}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTest {

  @TempDir static Path indexDir;

  static TestServer server;

  /** The search service over the fixture corpus that the class's server answers from. */
  SearchService fixture() throws Exception {
    FixtureCorpus.write(indexDir);
    return LuceneSearch.following(
        indexDir, Duration.ofMillis(50), SearchService.DEFAULT_TIME_LIMIT);
  }

  @BeforeAll
  void start() throws Exception {
    server = new TestServer(fixture());
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }
}

package newsarchive.http;

import java.nio.file.Path;
import newsarchive.search.lucene.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A test class that calls the API of the fixture corpus, served once for the whole class. */
abstract class ApiTest {

  @TempDir static Path indexDir;

  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    FixtureCorpus.write(indexDir);
    server = new TestServer(indexDir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }
}

package newsarchive.search.solr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A local SolrCloud keeps its nodes' data while it runs and leaves nothing behind once closed. */
class LocalClusterTest {

  @Test
  void closingTheClusterDeletesItsNodesData() throws Exception {
    Path data;
    try (LocalCluster cluster = LocalCluster.start(1, 0, System.err::println)) {
      data = cluster.dataDir();
      try (Stream<Path> files = Files.list(data)) {
        assertTrue(files.findAny().isPresent(), "the running nodes keep their data in " + data);
      }
    }
    assertFalse(Files.exists(data), "closing deletes " + data);
  }
}

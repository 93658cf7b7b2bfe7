package newsarchive.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.stream.Stream;
import newsarchive.query.Synonyms;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link FixtureCorpus} written to a temporary folder and open as one index snapshot for a
 * whole test class: register it as a static {@code @RegisterExtension} field.
 */
final class FixtureSnapshot implements BeforeAllCallback, AfterAllCallback {

  private Path dir;
  private DirectoryReader reader;
  private IndexSnapshot snapshot;

  /** The snapshot of the fixture index, as a request reads it. */
  IndexSnapshot snapshot() {
    return snapshot;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("fixture-index");
    FixtureCorpus.write(dir);
    reader = DirectoryReader.open(FSDirectory.open(dir));
    snapshot = new IndexSnapshot(reader, null, new HashMap<>(), Synonyms.bundled());
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    reader.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}

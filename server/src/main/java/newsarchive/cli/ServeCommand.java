package newsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsarchive.http.ArchiveServer;
import newsarchive.search.LiveIndex;
import newsarchive.search.SearchService;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archive serve}: the search API and page over the index, following each new commit. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the search page and the JSON API.")
public final class ServeCommand implements Callable<Integer> {

  /** How often the server looks for a newer commit of the index. */
  static final Duration REFRESH = Duration.ofMillis(300);

  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Mixin IndexOption index;

  @Mixin CorpusOption corpus;

  @Mixin TablesOption tables;

  /** Whether the index has no commit with at least one article. */
  private static boolean isMissingOrEmpty(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return true;
    }
    try (Directory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return true;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.numDocs() == 0;
      }
    }
  }

  /** Serve until the process is stopped. */
  @Override
  public Integer call() throws Exception {
    try (Running running = start()) {
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }

  /** Index the corpus when there is no index yet, then start serving it. */
  Running start() throws IOException {
    if (isMissingOrEmpty(index.dir())) {
      spec.commandLine()
          .getOut()
          .println("No index at " + index.dir() + " yet: indexing " + corpus.folders());
      ReindexCommand.reindex(
          corpus.folders(), tables.dir(), index.dir(), false, spec.commandLine().getOut());
    }
    LiveIndex live = LiveIndex.open(index.dir());
    live.refreshEvery(REFRESH);
    // ArchiveServer logs the start line with the URL.
    return new Running(live, ArchiveServer.start(new SearchService(live), host, port));
  }

  /** A started server and the index it follows; closing stops both. */
  record Running(LiveIndex live, ArchiveServer server) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      server.close();
      live.close();
    }
  }
}

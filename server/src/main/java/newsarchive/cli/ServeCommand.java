package newsarchive.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsarchive.http.ArchiveServer;
import newsarchive.index.ArticleStore;
import newsarchive.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archive serve}: the search API and page over the index, following each new commit. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the search page and the JSON API, from the index folder or a SolrCloud.")
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
    if (index.isMissingOrEmpty()) {
      spec.commandLine()
          .getOut()
          .println("No index at " + index.where() + " yet: indexing " + corpus.folders());
      try (ArticleStore<?> store = index.openStore(false)) {
        ReindexCommand.reindex(corpus.folders(), store, false, spec.commandLine().getOut());
      }
    }
    SearchService search = index.openFollowing(REFRESH, SearchService.DEFAULT_TIME_LIMIT);
    // ArchiveServer logs the start line with the URL.
    return new Running(search, ArchiveServer.start(search, host, port));
  }

  /** A started server and the search it answers from; closing stops both. */
  record Running(SearchService search, ArchiveServer server) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      server.close();
      search.close();
    }
  }
}

package newsarchive.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsarchive.http.ArchiveServer;
import newsarchive.http.RateLimit;
import newsarchive.index.ArticleStore;
import newsarchive.query.Synonyms;
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

  @Option(
      names = "--rate-limit",
      paramLabel = "N",
      description =
          "API requests per second per client address, in bursts of 2N; 0 turns it off"
              + " (default: off on a loopback --host, else 20).")
  Double rateLimit;

  @Option(
      names = "--trusted-proxy",
      paramLabel = "ADDR",
      description =
          "A reverse proxy's address, whose X-Forwarded-For names the client for the rate limit;"
              + " repeatable (default: none, so the header is ignored).")
  List<String> trustedProxies = new ArrayList<>();

  @Option(
      names = "--verify",
      description =
          "Verify every checksum of the index before serving (as `check` does) and refuse a"
              + " damaged one; slower to start (see README).")
  boolean verify;

  @Mixin IndexOption index;

  @Mixin SynonymsOption synonyms;

  @Mixin CorpusOption corpus;

  @Mixin TablesOption tables;

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

  /**
   * Index the corpus when there is no index yet, verify it when asked, then start serving it.
   *
   * @throws IOException saying what is damaged and what to do, when {@code --verify} finds damage
   */
  Running start() throws IOException {
    if (verify) {
      IndexCheck.Verdict verdict = IndexCheck.run(index.dir());
      if (verdict.finding() == IndexCheck.Finding.DAMAGED) {
        throw new IOException(verdict.line() + "; not serving it");
      }
      if (verdict.sound()) {
        spec.commandLine().getOut().println(verdict.line());
      }
    }
    Synonyms otherWords = synonyms.synonyms(); // a bad file stops the start before any work
    if (index.isMissingOrEmpty()) {
      spec.commandLine()
          .getOut()
          .println("No index at " + index.where() + " yet: indexing " + corpus.folders());
      try (ArticleStore<?> store = index.openStore(false)) {
        ReindexCommand.reindex(corpus.folders(), tables.dir(), store, spec.commandLine().getOut());
      }
    }
    SearchService search =
        index.openFollowing(REFRESH, SearchService.DEFAULT_TIME_LIMIT, otherWords);
    // ArchiveServer logs the start line with the URL.
    RateLimit limit =
        rateLimit == null
            ? RateLimit.defaultFor(host, Set.copyOf(trustedProxies))
            : RateLimit.of(rateLimit, Set.copyOf(trustedProxies));
    return new Running(
        search, ArchiveServer.start(search, host, port, limit, ArchiveServer.WARM_UP));
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

package newsarchive.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import newsarchive.http.ArchiveServer;
import newsarchive.search.LiveIndex;
import newsarchive.search.SearchService;
import picocli.CommandLine.Command;
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

  @Option(names = "--index", defaultValue = "data/index", description = "Index directory.")
  Path index;

  @Option(names = "--corpus", description = "Corpus folder(s) to index when the index is empty.")
  List<Path> corpus = List.of(Path.of("corpus"));

  /** Serve until the process is stopped. */
  @Override
  public Integer call() throws Exception {
    LiveIndex live = LiveIndex.open(index);
    live.refreshEvery(REFRESH);
    SearchService service = new SearchService(live);
    if (service.health().documents() == 0) {
      spec.commandLine()
          .getErr()
          .println(
              "The index at "
                  + index
                  + " is missing or empty; run ./archive reindex"
                  + corpus.stream()
                      .map(folder -> " --corpus " + folder)
                      .collect(Collectors.joining())
                  + " --index "
                  + index
                  + " (the server picks the new index up as soon as it is committed).");
    }
    // ArchiveServer logs the start line with the URL.
    ArchiveServer server = ArchiveServer.start(service, host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    live.close();
    return 0;
  }
}

package newsarchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import newsarchive.search.solr.LocalCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code archive solr-dev}: a local SolrCloud for trying the Solr backend, from the Maven jars the
 * build fetched (no Solr install), in a child JVM.
 */
@Command(
    name = "solr-dev",
    mixinStandardHelpOptions = true,
    description = {
      "Start a local SolrCloud (embedded ZooKeeper, real Solr nodes) for trying --solr; print"
          + " 'solr-dev ready: solr=URL,URL zk=HOST:PORT' once every node is live.",
      "Stops on Ctrl-C or when standard input closes. Needs a build of the checkout"
          + " (solr-cluster/target)."
    })
public final class SolrDevCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--nodes", defaultValue = "2", description = "Solr nodes (default: 2).")
  int nodes;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "Port of the first node, the others following it (default: free ports).")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    try (LocalCluster cluster = LocalCluster.start(nodes, port, err::println)) {
      Thread stopper = new Thread(cluster::close);
      Runtime.getRuntime().addShutdownHook(stopper);
      spec.commandLine().getOut().println(cluster.readyLine());
      spec.commandLine().getOut().flush();
      awaitEndOfInput(System.in);
      Runtime.getRuntime().removeShutdownHook(stopper);
    }
    return 0;
  }

  /** Wait until {@code in} closes (Ctrl-C ends the JVM, whose hook stops the cluster). */
  private static void awaitEndOfInput(InputStream in) throws IOException {
    byte[] ignored = new byte[256];
    while (in.read(ignored) >= 0) {
      // Typed lines mean nothing here.
    }
  }
}

package newsarchive.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A local SolrCloud in this JVM: an embedded ZooKeeper and {@code --nodes} real Solr nodes on
 * loopback ports. Prints {@code solr-dev ready: solr=URL,URL zk=HOST:PORT} once every node is live,
 * then obeys lines on standard input ({@code stop N}, {@code start N}: node N by 0-based index) and
 * exits at once when standard input closes.
 */
public final class LocalSolrCloud {

  private LocalSolrCloud() {}

  /** Start the cluster; arguments {@code [--nodes N] [--port P] --dir DIR}. */
  public static void main(String[] args) throws Exception {
    int nodes = 2;
    int port = 0;
    Path dir = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--nodes" -> nodes = Integer.parseInt(args[i + 1]);
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      // The caller owns the folder: it deletes the nodes' data once this process has exited.
      throw new IllegalArgumentException("--dir is required");
    }
    MiniSolrCloudCluster cluster;
    try {
      cluster = start(nodes, port, dir);
    } catch (Exception e) {
      // ZooKeeper's threads would keep the JVM alive after main fails: say why and exit.
      e.printStackTrace();
      System.exit(1);
      return;
    }
    System.out.println(
        "solr-dev ready: solr="
            + urls(cluster.getJettySolrRunners())
            + " zk="
            + cluster.getZkServer().getZkHost());
    System.out.flush();
    // The cluster forgets a stopped node; this list keeps every node by its first index.
    List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          try {
            obey(cluster, runners, line.strip());
          } catch (Exception e) {
            // One failed command does not take the cluster down: say so and go on.
            e.printStackTrace();
            System.out.println("failed: " + line.strip() + ": " + e);
            System.out.flush();
          }
        }
      }
    } finally {
      // The parent deletes the nodes' data once this process has exited, so nothing needs a
      // graceful stop, which after searches took some 15 s a cluster (Jetty waiting for the nodes'
      // connections to each other to drain). Halting also ends ZooKeeper's and Jetty's non-daemon
      // threads, which would keep the JVM alive.
      System.out.println("solr-dev stopped");
      System.out.flush();
      Runtime.getRuntime().halt(0);
    }
  }

  /**
   * Nodes on {@code port}, {@code port + 1}, … (random free ports when 0); deterministic state
   * updates (through the Overseer) so that tests see the same order of events every run.
   */
  private static MiniSolrCloudCluster start(int nodes, int port, Path dir) throws Exception {
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(port == 0 ? nodes : 1, dir)
            .withDistributedClusterStateUpdates(false, false)
            .withJettyConfig(jetty -> jetty.setPort(port))
            .build();
    for (int i = 1; port != 0 && i < nodes; i++) {
      cluster.startJettySolrRunner(
          // The cluster names its first node node1.
          "node" + (i + 1), "/solr", JettyConfig.builder().setPort(port + i).build());
    }
    cluster.waitForAllNodes(60);
    return cluster;
  }

  /** Carry out one command line: stop or start a node, answering with one line when done. */
  private static void obey(
      MiniSolrCloudCluster cluster, List<JettySolrRunner> nodes, String command) throws Exception {
    String[] words = command.split("\\s+");
    if (words.length != 2) {
      System.out.println("unknown command: " + command);
      return;
    }
    JettySolrRunner node = nodes.get(Integer.parseInt(words[1]));
    switch (words[0]) {
      case "stop" -> {
        String nodeName = node.getNodeName();
        stopAtOnce(node);
        cluster.stopJettySolrRunner(node);
        awaitStopped(cluster, nodeName);
        System.out.println("stopped " + words[1]);
      }
      case "start" -> {
        // Same port again, so the node keeps its name and its replicas recover.
        cluster.startJettySolrRunner(node, true);
        cluster.waitForNode(node, 60);
        System.out.println("started " + words[1] + " " + node.getBaseUrl());
      }
      default -> System.out.println("unknown command: " + command);
    }
    System.out.flush();
  }

  /**
   * Make {@code node}'s next stop abrupt, as a lost node's is: Solr's runner gives Jetty 15 s to
   * finish the requests in flight, which never happens while a test searches throughout, and then
   * fails the stop with a {@code TimeoutException}. The runner offers no setting for it, so its
   * Jetty server's stop timeout is set through reflection (this module is test-only).
   */
  private static void stopAtOnce(JettySolrRunner node) throws ReflectiveOperationException {
    Field field = JettySolrRunner.class.getDeclaredField("server");
    field.setAccessible(true);
    Object server = field.get(node);
    server.getClass().getMethod("setStopTimeout", long.class).invoke(server, 0L);
  }

  /**
   * Wait until ZooKeeper's {@code /live_nodes} no longer lists {@code nodeName}, read from
   * ZooKeeper itself: the framework's own wait watches a cached copy for 15 s, and on a loaded
   * 2-core machine that copy was seen to miss the change, so the wait polls for up to two minutes.
   */
  private static void awaitStopped(MiniSolrCloudCluster cluster, String nodeName) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (cluster
        .getZkClient()
        .getChildren(ZkStateReader.LIVE_NODES_ZKNODE, null, true)
        .contains(nodeName)) {
      if (Instant.now().isAfter(deadline)) {
        throw new TimeoutException(nodeName + " is still live in ZooKeeper after two minutes");
      }
      Thread.sleep(250);
    }
  }

  private static String urls(List<JettySolrRunner> nodes) {
    return nodes.stream()
        .map(node -> node.getBaseUrl().toString())
        .collect(Collectors.joining(","));
  }
}

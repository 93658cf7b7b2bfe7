package newsarchive.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The archive's server as users run it ({@code ./archive serve}), in its own JVM on a loopback
 * port, with its heap read over JMX through the attach API.
 */
final class ServerProcess implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  private final Process process;
  private final URI base;
  private final JMXConnector jmx;
  private final MemoryMXBean memory;

  private ServerProcess(Process process, URI base, JMXConnector jmx) throws IOException {
    this.process = process;
    this.base = base;
    this.jmx = jmx;
    this.memory =
        ManagementFactory.newPlatformMXBeanProxy(
            jmx.getMBeanServerConnection(),
            ManagementFactory.MEMORY_MXBEAN_NAME,
            MemoryMXBean.class);
  }

  /**
   * Start {@code serve} on {@code index} with at most {@code maxHeap} (such as {@code 512m}) of
   * heap, its log going to {@code log}, and wait until it answers.
   */
  static ServerProcess start(Path index, String maxHeap, Path log) throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx" + maxHeap,
                    // The flags ./archive serve runs with.
                    "--enable-native-access=ALL-UNNAMED",
                    "--add-modules",
                    "jdk.incubator.vector",
                    "-jar",
                    serverJar().toString(),
                    "serve",
                    "--index",
                    index.toString(),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    Integer.toString(port)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    URI base = URI.create("http://127.0.0.1:" + port);
    try {
      awaitHealthy(process, base, log);
      VirtualMachine vm = VirtualMachine.attach(Long.toString(process.pid()));
      String address = vm.startLocalManagementAgent();
      vm.detach();
      return new ServerProcess(
          process, base, JMXConnectorFactory.connect(new JMXServiceURL(address)));
    } catch (Exception e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /**
   * The archive's runnable jar, which the same build puts beside this module: the benchmark
   * measures the server a user runs, and needs none of its classes itself.
   */
  private static Path serverJar() throws URISyntaxException, IOException {
    // bench/target/classes or bench/target/newsarchive-bench.jar: three levels below the checkout.
    Path here =
        Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path jar = here.getParent().getParent().resolveSibling("server/target/newsarchive.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IOException(
          "the server jar " + jar + " is missing; build it with ./archive or mvn package");
    }
    return jar;
  }

  /** The server's address, such as {@code http://127.0.0.1:40123}. */
  URI base() {
    return base;
  }

  /** Heap in use in megabytes, after a full collection so that only live data counts. */
  double liveHeapMb() {
    memory.gc();
    return heapMb();
  }

  /** Heap in use in megabytes right now, garbage included. */
  double heapMb() {
    return memory.getHeapMemoryUsage().getUsed() / 1048576.0;
  }

  @Override
  public void close() throws Exception {
    jmx.close();
    process.destroy();
    process.waitFor();
  }

  private static void awaitHealthy(Process process, URI base, Path log) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(base.resolve("/api/health")).build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the server exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet: try again shortly.
      }
      Thread.sleep(200);
    }
    throw new IOException("the server did not answer within " + START_LIMIT + "; see " + log);
  }
}

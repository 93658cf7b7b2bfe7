package newsarchive.search.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.util.IOUtils;

/**
 * A local SolrCloud in a child JVM, started from the test-only Solr module's classes and the
 * classpath its build wrote ({@code solr-cluster/target/classpath.txt}): Solr 9 carries its own
 * Lucene 9, which cannot share this JVM. Closing standard input stops it. Its nodes' and
 * ZooKeeper's data live in a temporary folder that closing deletes: hundreds of megabytes a run.
 */
public final class LocalCluster implements AutoCloseable {

  /** The line the child prints once every node is live. */
  public static final String READY = "solr-dev ready: ";

  private static final String MAIN = "newsarchive.solrcluster.LocalSolrCloud";

  private final Process process;
  private final Path dir;
  private final BufferedReader out;
  private final Writer in;
  private final String readyLine;

  private LocalCluster(Process process, Path dir) throws IOException {
    this.process = process;
    this.dir = dir;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = process.outputWriter(StandardCharsets.UTF_8);
    this.readyLine = awaitLine(READY);
  }

  /**
   * Start {@code nodes} Solr nodes on ports from {@code port} (free ones when 0) and wait until
   * they are live; the child's log lines go to {@code log}.
   */
  public static LocalCluster start(int nodes, int port, Consumer<String> log) throws IOException {
    return start(nodes, port, null, log);
  }

  /**
   * Start {@code nodes} Solr nodes as {@link #start(int, int, Consumer)} does, in a child JVM with
   * at most {@code heap} (such as {@code 2g}; the default when null) for larger collections.
   */
  public static LocalCluster start(int nodes, int port, String heap, Consumer<String> log)
      throws IOException {
    Path module = module();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // 512 MB serves a few nodes with the test run's dozen small collections without long pauses
    // (a pause longer than ZooKeeper's session timeout makes nodes look lost).
    command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-Dsolr.log.muteconsole=true"));
    command.add("-cp");
    command.add(
        module.resolve("classes")
            + java.io.File.pathSeparator
            + Files.readString(module.resolve("classpath.txt")).strip());
    if (heap != null) {
      // The JVM takes the last -Xmx it is given, anywhere before the main class.
      command.add("-Xmx" + heap);
    }
    Path dir = Files.createTempDirectory("solr-dev");
    command.addAll(
        List.of(
            MAIN,
            "--nodes",
            Integer.toString(nodes),
            "--port",
            "" + port,
            "--dir",
            dir.toString()));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(false).start();
    } catch (IOException | RuntimeException e) {
      IOUtils.rm(dir);
      throw e;
    }
    Thread.ofPlatform().daemon().name("solr-cluster-log").start(() -> forward(process, log));
    try {
      return new LocalCluster(process, dir);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      stop(process, dir);
      throw e;
    }
  }

  /** The base URLs of the nodes, such as {@code http://127.0.0.1:8983/solr}. */
  public List<String> solrUrls() {
    String solr = part("solr=");
    return List.of(solr.split(","));
  }

  /** The embedded ZooKeeper's {@code host:port}. */
  public String zkHost() {
    return part("zk=");
  }

  /** The folder of the nodes' and ZooKeeper's data, which {@link #close} deletes. */
  public Path dataDir() {
    return dir;
  }

  /** The whole ready line, as {@code solr-dev} prints it. */
  public String readyLine() {
    return readyLine;
  }

  /** Stop node {@code index} (0-based) as if it were lost; its data stays for a restart. */
  public void stopNode(int index) throws IOException {
    command("stop " + index, "stopped " + index);
  }

  /** Start node {@code index} again on its old port; its replicas then recover. */
  public void startNode(int index) throws IOException {
    command("start " + index, "started " + index);
  }

  /** Whether the child JVM is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Wait until the child has exited (its standard input closed, or it was stopped). */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /**
   * Stop every node and ZooKeeper: close the child's standard input, wait for it to exit, and
   * delete their data.
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // Already gone: nothing to stop.
    }
    stop(process, dir);
  }

  /** Wait up to 30 seconds for {@code process} to exit, then end it, and delete {@code dir}. */
  private static void stop(Process process, Path dir) {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      IOUtils.rm(dir);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the cluster's data in " + dir, e);
    }
  }

  private String part(String key) {
    for (String word : readyLine.substring(READY.length()).split(" ")) {
      if (word.startsWith(key)) {
        return word.substring(key.length());
      }
    }
    throw new IllegalStateException("no " + key + " in " + readyLine);
  }

  private synchronized void command(String line, String answer) throws IOException {
    in.write(line + "\n");
    in.flush();
    String said = awaitLine(answer, "failed: ");
    if (!said.startsWith(answer)) {
      throw new IOException("the local SolrCloud could not " + said.substring("failed: ".length()));
    }
  }

  /** The first line from the child starting with one of {@code prefixes}. */
  private String awaitLine(String... prefixes) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      for (String prefix : prefixes) {
        if (line.startsWith(prefix)) {
          return line;
        }
      }
    }
    throw new IOException(
        "the local SolrCloud exited before saying '" + prefixes[0].strip() + "'; see its log");
  }

  private static void forward(Process process, Consumer<String> log) {
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      err.lines().forEach(log);
    } catch (IOException | UncheckedIOException e) {
      // The child is gone; nothing more to forward.
    }
  }

  /**
   * The test-only module's build folder: {@code newsarchive.solrCluster} when set, else {@code
   * solr-cluster/target} in the nearest checkout above the working folder or this jar.
   */
  static Path module() throws IOException {
    String given = System.getProperty("newsarchive.solrCluster");
    if (given != null) {
      return Path.of(given);
    }
    List<Path> starts = new ArrayList<>();
    starts.add(Path.of("").toAbsolutePath());
    Optional.ofNullable(LocalCluster.class.getProtectionDomain().getCodeSource())
        .map(source -> Path.of(java.net.URI.create(source.getLocation().toString())))
        .ifPresent(starts::add);
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        Path target = dir.resolve("solr-cluster").resolve("target");
        if (Files.isRegularFile(target.resolve("classpath.txt"))) {
          return target;
        }
      }
    }
    throw new IOException(
        "cannot find solr-cluster/target/classpath.txt above "
            + starts.getFirst()
            + "; run ./archive (or mvn package) from the checkout first to build the local"
            + " SolrCloud module");
  }
}

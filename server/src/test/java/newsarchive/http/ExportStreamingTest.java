package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export of a large result set streams: the server's heap stays flat while a slow client reads
 * every row, and a client that goes away halfway releases the index version the walk held.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportStreamingTest {

  /**
   * Articles in the archive: enough that holding the export in memory would show in the heap, few
   * enough that the index is written in seconds; {@code -Dexport.articles=200000} runs the size
   * whose figures README gives.
   */
  static final int ARTICLES = Integer.getInteger("export.articles", 50_000);

  /** Each article's body: with bodies, the export is about 400 bytes per article. */
  private static final String BODY =
      "Cloud providers reported results for the quarter, and chip makers followed with news of"
          + " new accelerators for training large models in data centres. Analysts expect the"
          + " spending on data centres to keep growing next year, while regulators look at the"
          + " partnerships between the largest cloud providers and the model makers.";

  @TempDir static Path indexDir;

  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    long started = System.nanoTime();
    write(ARTICLES, "big");
    System.err.printf(
        "TIMING wrote %d articles in %d ms%n", ARTICLES, (System.nanoTime() - started) / 1_000_000);
    server = new TestServer(indexDir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /**
   * Replace the index with {@code count} generated articles whose ids start with {@code prefix}.
   */
  private static void write(int count, String prefix) throws IOException {
    Instant first = Instant.parse("2020-01-01T00:00:00Z");
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, true)) {
      for (int i = 0; i < count; i++) {
        Article article =
            new Article(
                prefix + i,
                "Brief " + i + " on the cloud",
                BODY,
                first.plusSeconds(600L * i),
                i % 2 == 0 ? "Tech Wire" : "Newsarchive Briefs",
                null,
                List.of(),
                List.of(i % 3 == 0 ? "Amazon" : "Nvidia"),
                List.of("Cloud"),
                Origin.file(Path.of("gen/" + i)));
        indexer.upsert(article.id(), indexer.document(article, prefix + i));
      }
      indexer.commit("");
    }
  }

  @Test
  @Order(1)
  void aSlowClientGetsEveryRowWhileTheServerHeapStaysFlat() throws Exception {
    // A first export builds what every later one shares (classes, the version's facet state).
    assertEquals(200, server.get("/api/export?from=2020-01-01&to=2020-01-01").status());
    long baseline = liveHeap();

    HttpURLConnection connection =
        (HttpURLConnection)
            URI.create(server.url()).resolve("/api/export?fields=body").toURL().openConnection();
    long rows = 0;
    long bytes = 0;
    long peak = 0;
    int samples = 0;
    try (InputStream in = connection.getInputStream()) {
      long total = Long.parseLong(connection.getHeaderField("X-Total-Count"));
      byte[] buffer = new byte[8192];
      long nextSample = 0;
      for (int read; (read = in.read(buffer)) > 0; ) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            rows++;
          }
        }
        bytes += read;
        if (bytes >= nextSample) {
          // The client pauses here, so the server waits on a full socket while the heap is read.
          peak = Math.max(peak, liveHeap());
          samples++;
          nextSample += 1L << 20;
        }
      }
      assertEquals(ARTICLES, total);
      assertEquals(total + 1, rows, "a header and one row per matching article");
    }
    long growth = peak - baseline;
    System.out.printf(
        "Exported %d articles (%d MB): heap after GC %d MB before, at most %d MB during (+%d KB)"
            + " over %d samples%n",
        rows - 1, bytes >> 20, baseline >> 20, peak >> 20, growth >> 10, samples);
    assertTrue(samples >= 10, "the heap was sampled throughout: " + samples);
    // Holding the export would take at least its size; a stream holds a batch and some buffers.
    assertTrue(
        growth < bytes / 2,
        "heap grew by " + (growth >> 10) + " KB while " + (bytes >> 10) + " KB were exported");
  }

  /**
   * The live heap: what the pools held right after a full collection. Reading the heap's current
   * use instead would count the buffers other threads (the export among them) take after it.
   */
  private static long liveHeap() {
    System.gc();
    long live = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterCollection = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterCollection != null) {
        live += afterCollection.getUsed();
      }
    }
    return live;
  }

  @Test
  @Order(2) // it replaces the index
  void aClientThatGoesAwayHalfwayReleasesTheIndexVersionTheExportHeld() throws Exception {
    try (Socket socket = new Socket()) {
      // A small window, so that the kernel cannot take in the rest of the export for the client.
      socket.setReceiveBufferSize(16 << 10);
      socket.connect(new InetSocketAddress("127.0.0.1", URI.create(server.url()).getPort()));
      OutputStream request = socket.getOutputStream();
      request.write(
          "GET /api/export?fields=body HTTP/1.1\r\nHost: localhost\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      request.flush();
      InputStream in = socket.getInputStream();
      in.readNBytes(1 << 20);
      // A new version replaces every file; the export still reads the old one, so its files stay.
      write(10, "small");
      awaitDocuments(10);
      assertTrue(!deletedIndexFilesMapped().isEmpty(), "the export holds the old version");
    }
    // The client is gone: the walk stops at its next write and lets the old version go.
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!deletedIndexFilesMapped().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(List.of(), deletedIndexFilesMapped());
    assertEquals(200, server.get("/api/search?q=brief").status());
  }

  /** The files of the index that are deleted on disk but still mapped into this process. */
  private static List<String> deletedIndexFilesMapped() throws IOException {
    String dir = indexDir.toRealPath().toString();
    return Files.readAllLines(Path.of("/proc/self/maps")).stream()
        .filter(line -> line.contains(dir) && line.endsWith("(deleted)"))
        .toList();
  }

  private static void awaitDocuments(long documents) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (server.get("/api/health").json().get("documents").asLong() != documents) {
      assertTrue(System.nanoTime() < deadline, "the server never served the new version");
      Thread.sleep(20);
    }
  }
}

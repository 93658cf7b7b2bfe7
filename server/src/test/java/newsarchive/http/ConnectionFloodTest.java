package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that hold connections without finishing with them: thousands idle, hundreds sending a
 * request a byte a second, one never reading its responses. Other clients are still answered, and
 * the server's threads stay within its limits. Loopback only, a few seconds.
 */
class ConnectionFloodTest {

  @TempDir Path dir;

  private final List<Socket> held = new ArrayList<>();
  private TestServer server;
  private int port;

  /**
   * Request threads alive before this test's server started: those of servers stopped by earlier
   * tests in the same JVM may still be winding down, and are not this server's.
   */
  private Set<Thread> earlierRequestThreads;

  @BeforeEach
  void serveAFewArticles() throws Exception {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, true)) {
      for (int i = 0; i < 50; i++) {
        Article article =
            new Article(
                "a" + i,
                "Cloud chips brief " + i,
                "Cloud chips and data centre news, number " + i,
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * i),
                "Tech Wire",
                null,
                List.of(),
                List.of("Amazon"),
                List.of("Cloud"),
                Origin.file(Path.of("flood/" + i)));
        indexer.upsert(article.id(), indexer.document(article, "hash"));
      }
      indexer.commit("");
    }
    earlierRequestThreads = requestThreads().collect(Collectors.toSet());
    server = new TestServer(dir);
    port = URI.create(server.url()).getPort();
  }

  private static Stream<Thread> requestThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("http-"));
  }

  @AfterEach
  void closeEverything() throws Exception {
    for (Socket socket : held) {
      socket.close();
    }
    server.close();
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    held.add(socket);
    return socket;
  }

  private static String statusLine(Socket socket) throws IOException {
    return new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
        .readLine();
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  @Test
  void idleSlowAndNonReadingClientsLeaveOthersAnsweredAndThreadsBounded() throws Exception {
    assertEquals(200, server.get("/api/search?q=cloud+chips").status()); // warm, before the flood
    // 2,000 kept-alive connections, each having asked once and then gone quiet.
    for (int i = 0; i < 2_000; i++) {
      send(connect(), "GET /api/health HTTP/1.1\r\nHost: archive\r\n\r\n");
    }
    for (Socket socket : held) {
      assertEquals("HTTP/1.1 200 OK", statusLine(socket));
    }
    // 200 clients sending a request one byte a second.
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      slow.add(connect());
    }
    byte[] request = "GET /api/search?q=cloud HTTP/1.1\r\nHost: archive\r\n\r\n".getBytes();
    AtomicBoolean flooding = new AtomicBoolean(true);
    Thread trickle =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  for (int b = 0; flooding.get() && b < request.length; b++) {
                    for (Socket socket : slow) {
                      try {
                        socket.getOutputStream().write(request[b]);
                      } catch (IOException closed) {
                        // The server may close a slow client; that is its right.
                      }
                    }
                    sleep(1_000);
                  }
                });
    // One client asking for the page's script again and again, never reading an answer.
    Socket deaf = connect();
    Thread deafWriter =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    OutputStream out = deaf.getOutputStream();
                    while (flooding.get()) {
                      out.write("GET /app.js HTTP/1.1\r\nHost: archive\r\n\r\n".getBytes());
                    }
                  } catch (IOException closed) {
                    // The server stopped reading or closed it.
                  }
                });

    int answered = 0;
    long deadline = System.nanoTime() + 4_000_000_000L;
    while (System.nanoTime() < deadline) {
      long start = System.nanoTime();
      TestServer.Response search = server.get("/api/search?q=cloud+chips");
      assertEquals(200, search.status(), search.body());
      assertEquals(50, search.json().get("total").asInt());
      assertTrue(
          System.nanoTime() - start < 2_000_000_000L, "a search took over 2 s during the flood");
      answered++;
    }
    long httpThreads =
        requestThreads().filter(thread -> !earlierRequestThreads.contains(thread)).count();
    flooding.set(false);
    trickle.interrupt();
    deafWriter.interrupt();

    assertTrue(answered >= 10, "only " + answered + " searches answered in 4 s");
    assertTrue(
        httpThreads <= ServerLimits.DEFAULT.maxThreads(),
        httpThreads + " request threads, over the limit of " + ServerLimits.DEFAULT.maxThreads());
    assertTrue(Thread.activeCount() < 200, Thread.activeCount() + " threads in the JVM");
  }

  @Test
  void aHundredKilobyteQueryStringIsRefusedWithA4xx() throws Exception {
    Socket socket = connect();
    send(socket, "GET /api/search?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: archive\r\n\r\n");
    assertEquals("HTTP/1.1 414 URI Too Long", statusLine(socket));
  }

  @Test
  void tenThousandParametersAreRefusedWithA4xx() throws Exception {
    Socket socket = connect();
    send(
        socket,
        "GET /api/search?" + "company=a&".repeat(10_000) + " HTTP/1.1\r\nHost: archive\r\n\r\n");
    assertEquals("HTTP/1.1 414 URI Too Long", statusLine(socket));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package newsarchive.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;

/**
 * The real archive server on a free loopback port over the index at a path, and a client for it.
 */
final class TestServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SearchService search;
  private final ArchiveServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  /** Start serving the index at {@code indexDir}, refreshing it every 50 ms. */
  TestServer(Path indexDir) throws IOException {
    this(indexDir, SearchService.DEFAULT_TIME_LIMIT);
  }

  /** Start serving the index at {@code indexDir} with a search time limit. */
  TestServer(Path indexDir, Duration timeLimit) throws IOException {
    this(LuceneSearch.following(indexDir, Duration.ofMillis(50), timeLimit));
  }

  /** Start serving {@code search} (closed with the server). */
  TestServer(SearchService search) {
    this.search = search;
    server = ArchiveServer.start(search, "127.0.0.1", 0);
  }

  /** One HTTP response: status, headers and body. */
  record Response(int status, java.net.http.HttpHeaders headers, String body) {
    /** The body parsed as JSON. */
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    /** The first value of a header, or null. */
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /** GET {@code pathAndQuery} (already URL-encoded), with request headers as name, value pairs. */
  Response get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery));
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.headers(), response.body());
  }

  /** Send a body-less request with {@code method}. */
  Response send(String method, String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.headers(), response.body());
  }

  /** The server's base URL. */
  String url() {
    return server.url();
  }

  @Override
  public void close() throws IOException {
    server.close();
    search.close();
  }
}

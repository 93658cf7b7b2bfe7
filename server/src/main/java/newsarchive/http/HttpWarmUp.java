package newsarchive.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests the page makes, sent over loopback to a private instance of the server before the
 * real one opens its port. The search side warms the index up, but the first searches through HTTP
 * still ran cold: on the bundled corpus the first took 76-91 ms in the server (170-206 ms at the
 * client) and the next hundred about 23 ms, against 6 ms once Jetty's, Javalin's and Jackson's
 * paths were compiled. Compiled code is shared by every server in the JVM, so warming a private one
 * warms the real one, and its warm-up requests reach neither the request log nor any client's rate
 * limit.
 */
final class HttpWarmUp {

  /** Enough rounds for those paths to be compiled, when they take less than the time given. */
  static final int MAX_ROUNDS = 60;

  /** One round: what the page asks while someone types "market", browses, completes and charts. */
  static final List<String> PATHS =
      List.of(
          "api/dimensions",
          "api/health",
          "api/stats",
          "api/search?facetSize=50&prefix=last&group=story&count=stories",
          "api/search?q=m&facetSize=50&prefix=last&group=story&count=stories",
          "api/search?q=ma&facetSize=50&prefix=last&group=story&count=stories",
          "api/search?q=mar&facetSize=50&prefix=last&group=story&count=stories",
          "api/search?q=market&facetSize=50&prefix=last&group=story&count=stories",
          "api/search?q=market+c&facetSize=50&prefix=last&group=none&sort=newest",
          "api/suggest?q=ma",
          "api/timeline?q=market&top=company:5",
          "api/comentions?q=market&company=Microsoft");

  /**
   * How a warm-up went: the rounds sent, and the requests not answered 200 (they should be none).
   */
  record Report(int rounds, List<String> failed) {}

  private HttpWarmUp() {}

  /**
   * Send rounds of {@link #PATHS} to the server at {@code base} until {@code budget} has passed or
   * {@link #MAX_ROUNDS} are done, at least one round. A request the server cannot answer ends the
   * warm-up early; serving goes on without it.
   */
  static Report run(URI base, Duration budget) {
    long end = System.nanoTime() + budget.toNanos();
    List<String> failed = new ArrayList<>();
    int rounds = 0;
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      do {
        for (String path : PATHS) {
          HttpResponse<Void> response =
              client.send(
                  HttpRequest.newBuilder(base.resolve(path)).build(),
                  HttpResponse.BodyHandlers.discarding());
          if (response.statusCode() != 200 && rounds == 0) {
            failed.add(path + " answered " + response.statusCode());
          }
        }
      } while (++rounds < MAX_ROUNDS && System.nanoTime() < end);
    } catch (IOException e) {
      failed.add("the private server could not be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Report(rounds, List.copyOf(failed));
  }
}

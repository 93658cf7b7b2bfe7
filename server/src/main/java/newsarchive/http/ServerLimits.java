package newsarchive.http;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Every limit on what clients may make the server hold, in one place (the README lists them): a
 * bounded thread pool, so a flood of requests queues rather than multiplying threads; a bounded
 * number of connections, so file descriptors and buffers stay bounded; an idle timeout, so idle,
 * slow and non-reading clients are closed; and a cap on the request line and headers, so a huge
 * query string or thousands of parameters are refused before they are read into memory.
 *
 * @param maxThreads the most request threads (Jetty's NIO selectors wait for slow clients' bytes
 *     without holding one)
 * @param minThreads the threads kept when idle
 * @param acceptors threads accepting connections
 * @param selectors threads watching connections for bytes to read or room to write
 * @param acceptQueue connections the operating system queues before the server accepts them
 * @param maxConnections open connections at once; past it the server stops accepting until some
 *     close
 * @param idleTimeout how long a connection may send or take nothing before it is closed
 * @param requestHeaderBytes the most bytes of request line (so of query string) and headers
 * @param requestBodyBytes the most bytes of request body (the API takes none)
 */
public record ServerLimits(
    int maxThreads,
    int minThreads,
    int acceptors,
    int selectors,
    int acceptQueue,
    int maxConnections,
    Duration idleTimeout,
    int requestHeaderBytes,
    long requestBodyBytes) {

  /** The limits {@code serve} runs with. */
  public static final ServerLimits DEFAULT =
      new ServerLimits(64, 4, 1, 2, 1024, 8192, Duration.ofSeconds(30), 16 * 1024, 64 * 1024);

  /** Apply the limits to a Javalin server that will listen on {@code host}:{@code port}. */
  void apply(JavalinConfig config, String host, int port) {
    QueuedThreadPool threads =
        new QueuedThreadPool(maxThreads, minThreads, (int) Duration.ofMinutes(1).toMillis());
    threads.setName("http");
    config.jetty.threadPool = threads;
    config.http.maxRequestSize = requestBodyBytes;
    config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(requestHeaderBytes));
    config.jetty.addConnector(
        (server, http) -> {
          ServerConnector connector =
              new ServerConnector(server, acceptors, selectors, new HttpConnectionFactory(http));
          connector.setHost(host);
          connector.setPort(port);
          connector.setAcceptQueueSize(acceptQueue);
          connector.setIdleTimeout(idleTimeout.toMillis());
          server.addBean(new NetworkConnectionLimit(maxConnections, connector));
          return connector;
        });
  }
}

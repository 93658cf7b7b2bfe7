package newsarchive.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import newsarchive.search.IndexDamagedException;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SearchService;
import newsarchive.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The archive's web server: the JSON API under {@code /api} and the search page at {@code /}. */
public final class ArchiveServer implements AutoCloseable {

  /** Only the page's own scripts, styles and images; no inline script, no framing. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveServer.class);

  /** How long {@code serve} warms its HTTP paths up before it opens its port. */
  public static final Duration WARM_UP = Duration.ofSeconds(2);

  private static final String LOOPBACK = "127.0.0.1";

  private final Javalin app;
  private final String host;

  private ArchiveServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Start serving {@code service} on {@code host}:{@code port} (0 picks a free port), with the
   * default rate limit for that host.
   */
  public static ArchiveServer start(SearchService service, String host, int port) {
    return start(service, host, port, RateLimit.defaultFor(host, Set.of()));
  }

  /**
   * Start serving {@code service} on {@code host}:{@code port}, holding clients to {@code limit}.
   */
  public static ArchiveServer start(SearchService service, String host, int port, RateLimit limit) {
    return start(service, host, port, limit, Duration.ZERO);
  }

  /**
   * Warm the HTTP paths up for {@code warmUp} (see {@link HttpWarmUp}), then start serving {@code
   * service} on {@code host}:{@code port}, holding clients to {@code limit}.
   */
  public static ArchiveServer start(
      SearchService service, String host, int port, RateLimit limit, Duration warmUp) {
    if (warmUp.isPositive()) {
      warmUp(service, warmUp);
    }
    ArchiveServer server = new ArchiveServer(create(service, host, port, limit, true), host);
    LOG.info("Newsarchive is serving {}", server.url());
    return server;
  }

  /** Send the page's requests to a private, unlogged, unlimited instance on a loopback port. */
  static HttpWarmUp.Report warmUp(SearchService service, Duration budget) {
    Javalin app = create(service, LOOPBACK, 0, RateLimit.OFF, false);
    try {
      long start = System.nanoTime();
      HttpWarmUp.Report report =
          HttpWarmUp.run(URI.create("http://" + LOOPBACK + ":" + app.port() + "/"), budget);
      LOG.info(
          "Warmed up in {} ms ({} rounds of the page's requests)",
          (System.nanoTime() - start) / 1_000_000,
          report.rounds());
      if (!report.failed().isEmpty()) {
        LOG.warn("Warm-up requests failed: {}", report.failed());
      }
      return report;
    } finally {
      app.stop();
    }
  }

  private static Javalin create(
      SearchService service, String host, int port, RateLimit limit, boolean logRequests) {
    return Javalin.create(
            config -> {
              ServerLimits.DEFAULT.apply(config, host, port);
              configure(config, service, limit, logRequests);
            })
        .start();
  }

  private static void configure(
      JavalinConfig config, SearchService service, RateLimit limit, boolean logRequests) {
    config.startup.showJavalinBanner = false;
    config.http.prefer405over404 = true;
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    config.jsonMapper(new JavalinJackson(Json.mapper(), false));
    config.staticFiles.add("/public", Location.CLASSPATH);
    if (logRequests) {
      config.requestLogger.http(
          (ctx, ms) ->
              LOG.info(
                  "{} {} {} {} ms",
                  ctx.method(),
                  ctx.path(),
                  ctx.status().getCode(),
                  Math.round(ms)));
    }
    config.routes.before(ArchiveServer::secure);
    if (limit.enabled()) {
      config.routes.before("/api/*", new ClientThrottle(limit));
    }
    config.routes.before("/api/*", Params::requireDecodable);
    config.routes.before("/feed.atom", Params::requireDecodable);

    config.routes.get("/api/search", new SearchEndpoint(service));
    config.routes.get("/api/timeline", new TimelineEndpoint(service));
    config.routes.get("/api/comentions", new ComentionsEndpoint(service));
    config.routes.get("/api/export", new ExportEndpoint(service));
    config.routes.get("/feed.atom", new FeedEndpoint(service));
    config.routes.get("/api/articles/<id>", new ArticleEndpoint(service));
    config.routes.get(
        "/api/suggest", ctx -> ctx.json(service.suggest(orEmpty(ctx.queryParam("q")))));
    config.routes.get("/api/dimensions", ctx -> ctx.json(service.dimensions()));
    config.routes.get("/api/health", ctx -> ctx.json(service.health()));
    config.routes.get("/api/stats", ctx -> ctx.json(service.stats()));

    config.routes.exception(
        InvalidRequestException.class,
        (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.code(), e.getMessage()));
    config.routes.exception(
        NotFoundException.class,
        (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, "not_found", e.getMessage()));
    // Javalin's own answers: no route at the path (404), or not for this method (405).
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          HttpStatus status = HttpStatus.forStatus(e.getStatus());
          if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            error(
                ctx,
                status,
                "method_not_allowed",
                ctx.method() + " is not allowed on " + ctx.path() + "; use GET.");
          } else if (status == HttpStatus.NOT_FOUND) {
            error(
                ctx, status, "not_found", "Nothing is at " + ctx.method() + " " + ctx.path() + ".");
          } else {
            error(ctx, status, status.name().toLowerCase(Locale.ROOT), e.getMessage());
          }
        });
    config.routes.exception(
        ClientThrottle.RateLimitedException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
          error(ctx, HttpStatus.TOO_MANY_REQUESTS, "rate_limited", e.getMessage());
        });
    // Logged once by the search service when it finds the damage; each request just says so.
    config.routes.exception(
        IndexDamagedException.class,
        (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "index_damaged", e.getMessage()));
    config.routes.exception(SearchUnavailableException.class, ArchiveServer::unavailable);
    // A lookup inside query compilation (a facet value, a word's completions) cannot throw checked
    // exceptions, so a backend outage there arrives wrapped.
    config.routes.exception(
        UncheckedIOException.class,
        (e, ctx) -> {
          if (e.getCause() instanceof SearchUnavailableException cause) {
            unavailable(cause, ctx);
          } else {
            internal(e, ctx);
          }
        });
    config.routes.exception(Exception.class, ArchiveServer::internal);
  }

  /** The backend cannot answer now: 503, with a hint to try again shortly. */
  private static void unavailable(SearchUnavailableException e, Context ctx) {
    LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    ctx.header("Retry-After", "5");
    error(
        ctx,
        HttpStatus.SERVICE_UNAVAILABLE,
        "unavailable",
        "The search backend is not answering; try again in a few seconds.");
  }

  /** A failure of the archive itself: logged with its stack trace, answered without one. */
  private static void internal(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    error(
        ctx,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "The archive failed to answer; see the server log.");
  }

  /** The headers every response carries: a strict CSP, no MIME sniffing, no referrer. */
  private static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  /** Answer with a JSON error body. */
  private static void error(Context ctx, HttpStatus status, String error, String message) {
    ctx.status(status).json(new ErrorBody(error, message));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The address of the search page. */
  public String url() {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  /** Stop serving. */
  @Override
  public void close() {
    app.stop();
  }
}

package newsarchive.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds each client to its {@link RateLimit} with a token bucket per client address. The table is
 * bounded: past {@link #MAX_CLIENTS} entries, the buckets of clients quiet long enough to be full
 * again are dropped, which changes nothing for them.
 */
final class ClientThrottle implements Handler {

  /** Clients tracked before quiet ones are forgotten. */
  static final int MAX_CLIENTS = 100_000;

  private final RateLimit limit;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  ClientThrottle(RateLimit limit) {
    this.limit = limit;
  }

  /** A client's tokens, refilled at the limit's rate up to its burst. */
  private static final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    /** Take one token, or answer the seconds until one is there. */
    synchronized long take(RateLimit limit, long now) {
      refill(limit, now);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / limit.perSecond());
    }

    synchronized boolean isFull(RateLimit limit, long now) {
      refill(limit, now);
      return tokens >= limit.burst();
    }

    private void refill(RateLimit limit, long now) {
      tokens = Math.min(limit.burst(), tokens + (now - updated) / 1e9 * limit.perSecond());
      updated = now;
    }
  }

  @Override
  public void handle(Context ctx) {
    long now = System.nanoTime();
    if (buckets.size() >= MAX_CLIENTS) {
      buckets.values().removeIf(bucket -> bucket.isFull(limit, now));
    }
    Bucket bucket = buckets.computeIfAbsent(client(ctx), c -> new Bucket(limit.burst(), now));
    long wait = bucket.take(limit, now);
    if (wait > 0) {
      throw new RateLimitedException(wait);
    }
  }

  /**
   * The client's address: the socket's, or behind a trusted proxy the last address in {@code
   * X-Forwarded-For} that is not itself a trusted proxy.
   */
  private String client(Context ctx) {
    String address = ctx.req().getRemoteAddr();
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || !limit.trustedProxies().contains(address)) {
      return address;
    }
    List<String> hops = List.of(forwarded.split(","));
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i).strip();
      if (!hop.isEmpty() && !limit.trustedProxies().contains(hop)) {
        return hop;
      }
    }
    return address;
  }

  /** A client went over its limit; it may ask again after {@code retryAfterSeconds}. */
  static final class RateLimitedException extends RuntimeException {
    private final long retryAfterSeconds;

    RateLimitedException(long retryAfterSeconds) {
      super(
          "Too many requests from your address in a short time; please wait "
              + retryAfterSeconds
              + " s and try again.");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The seconds until the client's next request will be answered. */
    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}

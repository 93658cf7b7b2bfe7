package newsarchive.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * How many API requests one client may make: {@code perSecond} on average, in bursts of up to
 * {@code burst}. A client is the socket's remote address; only when that address is one of {@code
 * trustedProxies} is the client taken from {@code X-Forwarded-For} instead, since anyone can write
 * that header.
 *
 * @param perSecond requests per second per client; 0 turns the limit off
 * @param burst requests a client may make at once after a pause
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is believed
 */
public record RateLimit(double perSecond, int burst, Set<String> trustedProxies) {

  /** The limit {@code serve} applies when the server is reachable from other machines. */
  public static final double DEFAULT_PER_SECOND = 20;

  /** No limit: what {@code serve} does on a loopback address, where the only client is you. */
  public static final RateLimit OFF = new RateLimit(0, 0, Set.of());

  /** {@code perSecond} per client, in bursts of twice that, trusting {@code trustedProxies}. */
  public static RateLimit of(double perSecond, Set<String> trustedProxies) {
    return new RateLimit(perSecond, (int) Math.ceil(2 * perSecond), Set.copyOf(trustedProxies));
  }

  /** The default for a server bound to {@code host}: off on loopback, else 20 a second. */
  public static RateLimit defaultFor(String host, Set<String> trustedProxies) {
    return isLoopback(host) ? OFF : of(DEFAULT_PER_SECOND, trustedProxies);
  }

  /** Whether the limit applies at all. */
  public boolean enabled() {
    return perSecond > 0;
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}

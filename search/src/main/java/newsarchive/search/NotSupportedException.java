package newsarchive.search;

/**
 * The search engine in use cannot answer this kind of request (yet): a server-side gap, not a
 * mistake in the request, answered as such (HTTP 501) with this message.
 */
public final class NotSupportedException extends RuntimeException {

  /** {@code what} is not available on the {@code backend} backend. */
  public NotSupportedException(String what, String backend) {
    super(what + " is not available on the " + backend + " backend yet; use the embedded index.");
  }
}

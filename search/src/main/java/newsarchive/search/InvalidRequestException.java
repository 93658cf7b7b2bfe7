package newsarchive.search;

/** A request the archive cannot answer as asked; the message tells a person what to change. */
public final class InvalidRequestException extends RuntimeException {

  private final String code;

  /** A mistake of kind {@code code} (e.g. {@code bad_query}) described by {@code message}. */
  public InvalidRequestException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** A short machine-readable name for the kind of mistake. */
  public String code() {
    return code;
  }

  /** A mistake in one request parameter. */
  public static InvalidRequestException parameter(String message) {
    return new InvalidRequestException("bad_parameter", message);
  }

  /** A mistake in the query text. */
  public static InvalidRequestException query(String message) {
    return new InvalidRequestException("bad_query", message);
  }
}

package newsarchive.http;

/**
 * The body of every error response.
 *
 * @param error a short machine-readable kind, e.g. {@code bad_query} or {@code not_found}
 * @param message what went wrong and what to do, for a person
 */
public record ErrorBody(String error, String message) {}

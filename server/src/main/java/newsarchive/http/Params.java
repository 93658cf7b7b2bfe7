package newsarchive.http;

import io.javalin.http.Context;
import newsarchive.search.InvalidRequestException;

/** Reads optional query parameters, turning malformed ones into clear 400s. */
final class Params {

  private Params() {}

  /** The parameter's text, or {@code null} when absent or blank. */
  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The parameter as a whole number, or {@code fallback} when absent or blank. */
  static int integer(Context ctx, String name, int fallback) {
    String value = text(ctx, name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw InvalidRequestException.parameter(
          name + " must be a whole number, got '" + value + "'.");
    }
  }
}

package newsarchive.http;

import io.javalin.http.Context;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.Prefix;

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

  /** The {@code prefix} parameter: which words match as prefixes ({@code none} when absent). */
  static Prefix prefix(Context ctx) {
    String value = text(ctx, "prefix");
    return value == null ? Prefix.NONE : Prefix.parse(value);
  }
}

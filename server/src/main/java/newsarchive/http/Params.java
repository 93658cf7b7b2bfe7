package newsarchive.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.search.CompanyRole;
import newsarchive.search.Counting;
import newsarchive.search.DateRange;
import newsarchive.search.Dimension;
import newsarchive.search.Grouping;
import newsarchive.search.Interval;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchService;
import newsarchive.search.SortOrder;

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

  /**
   * The search every endpoint that counts articles shares: {@code q}, {@code prefix}, the facet
   * {@code selections}, {@code from}/{@code to}, {@code sort}, {@code page}, {@code size}, {@code
   * cursor}, {@code facetSize}, {@code interval}, {@code companyRole}, {@code exactUpTo} and {@code
   * highlight}, each read and checked as {@code /api/search} does.
   */
  static SearchRequest searchRequest(Context ctx, Map<String, List<String>> selections) {
    String sort = text(ctx, "sort");
    String interval = text(ctx, "interval");
    String group = text(ctx, "group");
    String count = text(ctx, "count");
    String companyRole = text(ctx, "companyRole");
    return new SearchRequest(
        ctx.queryParam("q"),
        prefix(ctx),
        selections,
        DateRange.parse(ctx.queryParam("from"), ctx.queryParam("to")),
        sort == null ? null : SortOrder.parse(sort),
        integer(ctx, "page", 1),
        integer(ctx, "size", 20),
        text(ctx, "cursor"),
        integer(ctx, "facetSize", 20),
        interval == null ? null : Interval.parse(interval),
        group == null ? null : Grouping.parse(group),
        count == null ? null : Counting.parse(count),
        companyRole == null ? null : CompanyRole.parse(companyRole),
        exactUpTo(ctx),
        highlight(ctx));
  }

  /** The {@code highlight} parameter: {@code true} (when absent) or {@code false}. */
  static boolean highlight(Context ctx) {
    String value = text(ctx, "highlight");
    if (value == null || value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw InvalidRequestException.parameter(
        "highlight must be true or false, got '" + value + "'.");
  }

  /**
   * The {@code exactUpTo} parameter: a whole number, or {@code all} to count every match ({@link
   * SearchRequest#EXACT_UP_TO} when absent).
   */
  static long exactUpTo(Context ctx) {
    String value = text(ctx, "exactUpTo");
    if (value == null) {
      return SearchRequest.EXACT_UP_TO;
    }
    if (value.equalsIgnoreCase("all")) {
      return SearchRequest.EXACT_ALWAYS;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw InvalidRequestException.parameter(
          "exactUpTo must be a whole number or 'all', got '" + value + "'.");
    }
  }

  /** The {@code prefix} parameter: which words match as prefixes ({@code none} when absent). */
  static Prefix prefix(Context ctx) {
    String value = text(ctx, "prefix");
    return value == null ? Prefix.NONE : Prefix.parse(value);
  }

  /**
   * The search the parameters ask for: {@code q}, {@code prefix}, one repeatable parameter per
   * facet dimension, {@code from}, {@code to}, {@code sort}, {@code page}, {@code size}, {@code
   * cursor}, {@code facetSize}, {@code interval} and {@code companyRole}; the same for every
   * endpoint that searches.
   */
  static SearchRequest searchRequest(Context ctx, SearchService service) throws IOException {
    return searchRequest(ctx, selections(ctx, service));
  }

  /**
   * The facet selections: one repeatable parameter per dimension of {@code service}, named after
   * it.
   */
  static Map<String, List<String>> selections(Context ctx, SearchService service)
      throws IOException {
    Map<String, List<String>> selections = new LinkedHashMap<>();
    for (Dimension dimension : service.dimensions()) {
      selections.put(dimension.name(), ctx.queryParams(dimension.name()));
    }
    return selections;
  }

  /**
   * Refuse a query string that does not decode: the server would otherwise read a bad escape such
   * as {@code %zz} literally and answer a different question than the one asked.
   */
  static void requireDecodable(Context ctx) {
    String query = ctx.queryString();
    if (query == null) {
      return;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      try {
        decode(pair);
      } catch (IllegalArgumentException e) {
        String shown;
        try {
          shown = decode(name);
        } catch (IllegalArgumentException badName) {
          shown = "The parameter name '" + name + "'";
        }
        throw InvalidRequestException.parameter(
            shown + " is not properly URL-encoded: " + e.getMessage());
      }
    }
  }

  /** The text of one URL-encoded name or value, or an exception saying why it does not decode. */
  private static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
        if (low < 0) {
          throw new IllegalArgumentException(
              "'"
                  + encoded.substring(i, Math.min(i + 3, encoded.length()))
                  + "' is not % and two hexadecimal digits (write % itself as %25).");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        int codePoint = c == '+' ? ' ' : encoded.codePointAt(i);
        bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint) - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("its %-escapes are not UTF-8 text.");
    }
  }
}

package newsarchive.search.solr;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import newsarchive.index.ArticleSchema;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SortOrder;

/**
 * The Solr sort for each {@link SortOrder} and the opaque cursor around Solr's {@code cursorMark}:
 * the cursor names its order, so one from another order is refused with the same message as the
 * embedded index gives.
 */
final class SolrCursor {

  private SolrCursor() {}

  /** The sort for {@code order}, ending in the id so that ties (and cursors) are stable. */
  static String sort(SortOrder order) {
    String published = ArticleSchema.PUBLISHED;
    String id = ArticleSchema.ID + " asc";
    // The schema sorts undated articles last in both directions (sortMissingLast).
    return switch (order) {
      case RELEVANCE -> "score desc," + published + " desc," + id;
      case NEWEST -> published + " desc," + id;
      case OLDEST -> published + " asc," + id;
    };
  }

  /** The cursor for {@code order} at Solr's {@code cursorMark}. */
  static String of(SortOrder order, String cursorMark) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((order.label() + "|" + cursorMark).getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code cursorMark} inside {@code cursor}, or a 400 when it is not one of ours. */
  static String mark(String cursor, SortOrder order) {
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
    } catch (IllegalArgumentException e) {
      throw invalid("it is damaged");
    }
    if (!parts[0].equals(order.label())) {
      throw invalid("it belongs to sort=" + parts[0] + ", not sort=" + order.label());
    }
    if (parts.length != 2 || parts[1].isEmpty()) {
      throw invalid("it is damaged");
    }
    return parts[1];
  }

  private static InvalidRequestException invalid(String why) {
    return InvalidRequestException.parameter(
        "cursor is not valid: " + why + "; start again from page 1 and follow nextCursor.");
  }
}

package newsarchive.search.solr;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import newsarchive.index.ArticleSchema;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SortOrder;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The Solr sort for each {@link SortOrder} and the opaque cursor around Solr's {@code cursorMark}:
 * the cursor names its order, so one from another order is refused with the same message as the
 * embedded index gives, and the tier it is in (all words, then one missing, …), so paging stays
 * stable across the divider.
 */
final class SolrCursor {

  /**
   * A place in the list: the tier it is in (0 for all words, k for k words missing), how many of
   * that tier's matches come before it, and Solr's {@code cursorMark} there.
   */
  record Position(int tier, long passed, String mark) {
    /** The start of the list. */
    static final Position START = new Position(0, 0, CursorMarkParams.CURSOR_MARK_START);

    /** The start of {@code tier}. */
    static Position startOf(int tier) {
      return new Position(tier, 0, CursorMarkParams.CURSOR_MARK_START);
    }
  }

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

  /**
   * A cursor for {@code order} resuming at {@code position}; the tier and count go first, since
   * Solr's own mark is base64 and never holds the separator.
   */
  static String of(SortOrder order, Position position) {
    String text =
        String.join(
            "|",
            order.label(),
            "m" + position.tier(),
            Long.toString(position.passed()),
            position.mark());
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The position {@code cursor} marks in {@code order}, or a 400 when it is not one of ours. */
  static Position position(String cursor, SortOrder order) {
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
    } catch (IllegalArgumentException e) {
      throw invalid("it is damaged");
    }
    if (!parts[0].equals(order.label())) {
      throw invalid("it belongs to sort=" + parts[0] + ", not sort=" + order.label());
    }
    if (parts.length != 4 || !parts[1].startsWith("m") || parts[3].isEmpty()) {
      throw invalid("it is damaged");
    }
    try {
      Position position =
          new Position(Integer.parseInt(parts[1].substring(1)), Long.parseLong(parts[2]), parts[3]);
      if (position.tier() < 0 || position.passed() < 0) {
        throw invalid("it is damaged");
      }
      return position;
    } catch (NumberFormatException e) {
      throw invalid("it is damaged");
    }
  }

  private static InvalidRequestException invalid(String why) {
    return InvalidRequestException.parameter(
        "cursor is not valid: " + why + "; start again from page 1 and follow nextCursor.");
  }
}

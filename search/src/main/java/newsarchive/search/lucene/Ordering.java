package newsarchive.search.lucene;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import newsarchive.index.ArticleSchema;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SortOrder;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene sort for each {@link SortOrder}, and the opaque cursor that marks a position in it.
 * Every sort ends in the article id, which is unique, so the order (and a cursor) is stable. The
 * list runs through tiers (all words, then one word missing, …), and a cursor names its tier, so
 * paging stays stable across the divider.
 */
final class Ordering {

  /**
   * A place in the list: the tier of the last hit seen (0 for all words, k for k words missing) and
   * that hit's sort values, or {@code null} before the first; or, within the first matches that
   * relevance reorders by proximity (see {@link TieredPage}), the last one's place there.
   *
   * @param rescored the index of the last hit seen among the reordered first matches, or -1
   */
  record Position(int tier, FieldDoc after, int rescored) {
    /** The start of the list. */
    static final Position START = new Position(0, null, -1);

    /** Just after hit {@code tier}'s {@code after}. */
    Position(int tier, FieldDoc after) {
      this(tier, after, -1);
    }
  }

  private Ordering() {}

  /** The Lucene sort for {@code order}; undated articles come last in every order. */
  static Sort sort(SortOrder order) {
    SortField id = new SortedSetSortField(ArticleSchema.ID, false);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, published(true), id);
      case NEWEST -> new Sort(published(true), id);
      case OLDEST -> new Sort(published(false), id);
    };
  }

  /** Best match first, ties broken by id: for related articles. */
  static Sort byScoreThenId() {
    return new Sort(SortField.FIELD_SCORE, new SortedSetSortField(ArticleSchema.ID, false));
  }

  /** A cursor that resumes {@code order} just after {@code last}, a hit of {@code tier}. */
  static String cursor(SortOrder order, int tier, FieldDoc last) {
    List<String> parts = new ArrayList<>();
    parts.add(order.label());
    if (tier > 0) {
      parts.add("m" + tier); // all-words cursors keep the form they had before tiers
    }
    for (Object value : last.fields) {
      parts.add(
          switch (value) {
            case Float score -> "f" + Integer.toHexString(Float.floatToIntBits(score));
            case Long millis -> "l" + millis;
            case BytesRef id ->
                "s"
                    + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(BytesRef.deepCopyOf(id).bytes);
            default -> throw new IllegalStateException("unexpected sort value " + value);
          });
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A cursor that resumes {@code order} after the hit at {@code index} among the first matches
   * reordered by proximity: their scores are not the ones a search after them would compare.
   */
  static String cursorInRescored(SortOrder order, int index) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((order.label() + "|r" + index).getBytes(StandardCharsets.UTF_8));
  }

  /** The position {@code cursor} marks in {@code order}, or a 400 when it is not one of ours. */
  static Position after(String cursor, SortOrder order) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
              .split("\\|", -1);
      if (!parts[0].equals(order.label())) {
        throw invalidCursor("it belongs to sort=" + parts[0] + ", not sort=" + order.label());
      }
      if (parts.length == 2 && parts[1].startsWith("r")) {
        int index = Integer.parseInt(parts[1].substring(1));
        if (index < 0 || order != SortOrder.RELEVANCE) {
          throw invalidCursor("it is damaged");
        }
        return new Position(0, null, index);
      }
      int tier = 0;
      if (parts.length > 1 && parts[1].startsWith("m")) {
        tier = Integer.parseInt(parts[1].substring(1));
        if (tier < 1) {
          throw invalidCursor("it is damaged");
        }
        parts = Arrays.copyOfRange(parts, 1, parts.length);
      }
      // One kind letter per sort field: f score, l publication time, s id.
      String kinds = order == SortOrder.RELEVANCE ? "fls" : "ls";
      if (parts.length != kinds.length() + 1) {
        throw invalidCursor("it is damaged");
      }
      Object[] values = new Object[kinds.length()];
      for (int i = 0; i < kinds.length(); i++) {
        String part = parts[i + 1];
        if (part.isEmpty() || part.charAt(0) != kinds.charAt(i)) {
          throw invalidCursor("it is damaged");
        }
        values[i] = value(part);
      }
      // Ids are unique, so no other article ties with the cursor's; any doc number works.
      return new Position(tier, new FieldDoc(Integer.MAX_VALUE, Float.NaN, values));
    } catch (IllegalArgumentException e) {
      // Bad base64 or a bad number: not a cursor this server wrote.
      throw invalidCursor("it is damaged");
    }
  }

  /** The sort value a cursor part holds, by its kind letter: f score, l time, s id. */
  private static Object value(String part) {
    String text = part.substring(1);
    return switch (part.charAt(0)) {
      case 'f' -> Float.intBitsToFloat(Integer.parseUnsignedInt(text, 16));
      case 'l' -> Long.parseLong(text);
      case 's' -> new BytesRef(Base64.getUrlDecoder().decode(text));
      default -> throw invalidCursor("it is damaged");
    };
  }

  private static InvalidRequestException invalidCursor(String why) {
    return InvalidRequestException.parameter(
        "cursor is not valid: " + why + "; start again from page 1 and follow nextCursor.");
  }

  private static SortField published(boolean newestFirst) {
    SortField field =
        new SortedNumericSortField(ArticleSchema.PUBLISHED, SortField.Type.LONG, newestFirst);
    field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return field;
  }
}

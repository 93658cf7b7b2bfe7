package newsarchive.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.Field;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Text;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.Prefix;

/**
 * Parses the query language people type: words (all required), {@code "phrases"} (with {@code ~N}
 * for their words up to N apart), {@code OR}, {@code -exclude} (or {@code NOT}), {@code prefix*},
 * parentheses and the field prefixes {@code title:}, {@code body:}, {@code company:}, {@code
 * topic:}, {@code source:}. Anything else is plain text, so stray punctuation never fails; real
 * mistakes fail with the character position. The words that only make it a question ("why did",
 * "how much") are left out ({@link FillerWords}), and a year or month named in it ("2021", "august
 * 2022") also matches the articles published then ({@link QueryDates}).
 */
public final class UserQueryParser {

  /** The longest query accepted, in characters. */
  public static final int MAX_LENGTH = 1000;

  /** The most terms one query may hold. */
  public static final int MAX_TERMS = 64;

  /** The most words a phrase's {@code ~N} may allow between its words. */
  public static final int MAX_SLOP = 50;

  /** The deepest nesting of parentheses accepted. */
  public static final int MAX_DEPTH = 8;

  private final String text;
  private final Prefix prefix;
  private int pos;
  private int terms;
  private boolean negating;

  private UserQueryParser(String text, Prefix prefix) {
    this.text = text;
    this.prefix = prefix;
  }

  /**
   * Parse {@code text}, marking the word being typed as {@code prefix} asks, or throw an {@link
   * InvalidRequestException} that says what and where.
   */
  public static UserQuery parse(String text, Prefix prefix) {
    if (text.length() > MAX_LENGTH) {
      throw InvalidRequestException.query(
          "The query is " + text.length() + " characters long; the limit is " + MAX_LENGTH + ".");
    }
    UserQueryParser parser = new UserQueryParser(text, prefix);
    UserQuery query = parser.sequence(0, null);
    if (parser.pos < text.length()) {
      throw parser.error(
          "the ) at character " + (parser.pos + 1) + " has no matching (; remove it or add a (.");
    }
    return QueryDates.marked(FillerWords.leftOut(query));
  }

  /**
   * Whether {@code text}, a query that {@link #parse} accepts, asks when something happened ("when
   * did chatgpt launch", "when did microsoft first invest in openai"): its answer is the earliest
   * of the best matches ({@link newsarchive.search.Rescore}), the report of the event itself, where
   * later articles recall it.
   */
  public static boolean asksWhen(String text) {
    return FillerWords.asksWhen(new UserQueryParser(text, Prefix.NONE).sequence(0, null));
  }

  /**
   * Whether {@code text}, a query that {@link #parse} accepts, asks who succeeded someone ("who
   * replaced gelsinger at intel", "who took over from bezos"): its answer is the latest of the best
   * matches ({@link newsarchive.search.Rescore}), as the articles on the predecessor's own tenure,
   * which name him as often, came before.
   */
  public static boolean asksWhoFollowed(String text) {
    return FillerWords.asksWhoFollowed(new UserQueryParser(text, Prefix.NONE).sequence(0, null));
  }

  /** Terms up to the end or a closing parenthesis, all required. */
  private UserQuery sequence(int depth, Field field) {
    List<UserQuery> parts = new ArrayList<>();
    while (skipSpace() && peek() != ')') {
      if (keyword("OR")) {
        throw error("OR at character " + (pos + 1) + " needs a term before it.");
      }
      parts.add(disjunction(depth, field));
    }
    return parts.size() == 1 && !(parts.getFirst() instanceof Not)
        ? parts.getFirst()
        : new All(parts);
  }

  /** One term, or several joined by OR. */
  private UserQuery disjunction(int depth, Field field) {
    List<UserQuery> parts = new ArrayList<>();
    parts.add(unary(depth, field));
    while (skipSpace() && keyword("OR")) {
      int at = pos;
      pos += 2;
      if (!skipSpace() || peek() == ')' || keyword("OR")) {
        throw error("OR at character " + (at + 1) + " needs a term after it.");
      }
      parts.add(unary(depth, field));
    }
    return parts.size() == 1 ? parts.getFirst() : new Any(parts);
  }

  /**
   * A term, possibly negated with a leading {@code -} or {@code NOT}, or required with {@code +}.
   */
  private UserQuery unary(int depth, Field field) {
    int at = pos;
    if (keyword("NOT")) {
      pos += 3;
      if (!skipSpace() || peek() == ')') {
        throw error("NOT at character " + (at + 1) + " needs a term after it.");
      }
      return new Not(negated(depth, field));
    }
    // A sign counts only when glued to its term, so "Amazon - AWS" reads as two words.
    if ((peek() == '-' || peek() == '+') && pos + 1 < text.length() && startsTerm(pos + 1)) {
      pos++;
      return text.charAt(at) == '-' ? new Not(negated(depth, field)) : primary(depth, field);
    }
    return primary(depth, field);
  }

  /** The term after {@code -} or {@code NOT}; an excluded word is never completed. */
  private UserQuery negated(int depth, Field field) {
    negating = true;
    try {
      return primary(depth, field);
    } finally {
      negating = false;
    }
  }

  /** A parenthesised group, a phrase, or a word, each with an optional field prefix. */
  private UserQuery primary(int depth, Field field) {
    int at = pos;
    Field own = fieldPrefix();
    if (own != null) {
      if (field != null && field != own) {
        throw error(
            "character " + (pos + 1) + ": a field prefix inside another field's parentheses.");
      }
      field = own;
      if (pos >= text.length() || !startsTerm(pos)) {
        throw error(
            "'"
                + field.name().toLowerCase(Locale.ROOT)
                + ":' at character "
                + (at + 1)
                + " needs a value right after the colon, e.g. company:Amazon.");
      }
    }
    if (peek() == '(') {
      return group(depth, field);
    }
    if (peek() == '"') {
      return phrase(field);
    }
    return word(field);
  }

  private UserQuery group(int depth, Field field) {
    int open = pos;
    if (depth + 1 > MAX_DEPTH) {
      throw error(
          "the query nests parentheses deeper than "
              + MAX_DEPTH
              + " (at character "
              + (open + 1)
              + ").");
    }
    pos++;
    UserQuery inner = sequence(depth + 1, field);
    if (pos >= text.length()) {
      throw error("the ( at character " + (open + 1) + " is never closed; add a ).");
    }
    pos++;
    return inner;
  }

  private UserQuery phrase(Field field) {
    int open = pos;
    int close = text.indexOf('"', open + 1);
    if (close < 0) {
      throw error("the quote at character " + (open + 1) + " is never closed; add a \".");
    }
    pos = close + 1;
    int slop = slop();
    return count(
        new Text(field, text.substring(open + 1, close), true, slop, false, false, open, pos));
  }

  /**
   * The {@code ~N} right after a phrase, consumed: how far apart its words may be; 0 without one. A
   * {@code ~} not followed by a number (still being typed) asks for nothing more.
   */
  private int slop() {
    if (pos >= text.length() || peek() != '~') {
      return 0;
    }
    int tilde = pos++;
    int digits = pos;
    while (pos < text.length() && Character.isDigit(peek())) {
      pos++;
    }
    if (pos == digits) {
      return 0;
    }
    if (pos - digits > 2 || Integer.parseInt(text, digits, pos, 10) > MAX_SLOP) {
      throw error(
          "the ~ at character "
              + (tilde + 1)
              + " allows at most "
              + MAX_SLOP
              + " words between a phrase's words, e.g. \"openai amazon\"~5.");
    }
    return Integer.parseInt(text, digits, pos, 10);
  }

  private UserQuery word(Field field) {
    int start = pos;
    while (pos < text.length() && !Character.isWhitespace(peek()) && "()\"".indexOf(peek()) < 0) {
      pos++;
    }
    String word = text.substring(start, pos);
    boolean starred = word.endsWith("*");
    String stem = starred ? word.substring(0, word.length() - 1) : word;
    if (starred && (stem.isEmpty() || stem.endsWith("*"))) {
      throw error(
          "the * at character " + pos + " needs letters before it, e.g. micro* finds Microsoft.");
    }
    return count(new Text(field, stem, false, 0, starred, completing(field, starred), start, pos));
  }

  /**
   * Whether the word just read is the one being typed: the last of the text (no space after it),
   * bare, not excluded, and in the text fields.
   */
  private boolean completing(Field field, boolean starred) {
    return prefix == Prefix.LAST
        && pos == text.length()
        && !starred
        && !negating
        && (field == null || field == Field.TITLE || field == Field.BODY);
  }

  /** The field named by a recognised {@code name:} at the cursor, consuming it, else null. */
  private Field fieldPrefix() {
    int colon = text.indexOf(':', pos);
    if (colon <= pos) {
      return null;
    }
    String name = text.substring(pos, colon);
    for (Field field : Field.values()) {
      if (field.name().equalsIgnoreCase(name)) {
        pos = colon + 1;
        return field;
      }
    }
    return null;
  }

  private Text count(Text term) {
    if (++terms > MAX_TERMS) {
      throw error(
          "the query has more than "
              + MAX_TERMS
              + " terms (at character "
              + (term.start() + 1)
              + "); shorten it.");
    }
    return term;
  }

  /** Whether the upper-case operator {@code word} stands alone at the cursor. */
  private boolean keyword(String word) {
    int end = pos + word.length();
    return text.startsWith(word, pos)
        && (end == text.length() || !startsTerm(end) || opensGroupOrPhrase(end));
  }

  /** Whether a term (rather than a space, a closing parenthesis or the end) starts at {@code i}. */
  private boolean startsTerm(int i) {
    return i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ')';
  }

  private boolean opensGroupOrPhrase(int i) {
    return text.charAt(i) == '(' || text.charAt(i) == '"';
  }

  /** Skip whitespace; whether anything is left. */
  private boolean skipSpace() {
    while (pos < text.length() && Character.isWhitespace(peek())) {
      pos++;
    }
    return pos < text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private InvalidRequestException error(String message) {
    return InvalidRequestException.query(
        "Cannot read the query: "
            + Character.toUpperCase(message.charAt(0))
            + message.substring(1));
  }
}

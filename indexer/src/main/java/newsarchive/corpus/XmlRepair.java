package newsarchive.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The lenient pass's repairs of a feed's text, the ones feed readers make: text before the XML
 * declaration, a bare {@code &}, HTML entities XML does not define, numeric references without
 * their {@code ;}, and characters XML forbids. A DOCTYPE that only names an outside DTD is dropped
 * unread; one with declarations of its own (where entity bombs and external entities live) refuses
 * the feed. Every repair keeps line breaks, so the parser's line numbers stay those of the file.
 */
final class XmlRepair {

  /**
   * A repaired feed.
   *
   * @param text the feed's text with every repair made
   * @param flaws each kind of flaw repaired, in the order first met
   */
  record Repaired(String text, List<FeedFlaw> flaws) {}

  /** Thrown for a DOCTYPE with an internal subset, which no pass ever reads. */
  static final class RefusedDoctype extends Exception {
    RefusedDoctype() {
      super("feed declares a DOCTYPE, which is refused so that no external entity is ever read");
    }
  }

  private static final Pattern DECLARATION = Pattern.compile("<\\?xml\\s[^>]*\\?>");
  private static final Pattern NUMERIC =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,9}))(;?)");
  private static final Pattern NAMED = Pattern.compile("&([A-Za-z][A-Za-z0-9._-]{0,40});");
  private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

  /** How far into the file a late XML declaration is still looked for. */
  private static final int PROLOG_CHARS = 2048;

  private final String in;
  private final StringBuilder out;
  private final Map<String, FeedFlaw> flaws = new LinkedHashMap<>();
  private int at;
  private int line = 1;

  private XmlRepair(String in) {
    this.in = in;
    this.out = new StringBuilder(in.length() + 64);
  }

  /** Repair {@code text}, a whole feed, or refuse it for a DOCTYPE with declarations. */
  static Repaired repair(String text) throws RefusedDoctype {
    XmlRepair repair = new XmlRepair(text);
    repair.prolog();
    repair.body();
    return new Repaired(repair.out.toString(), List.copyOf(repair.flaws.values()));
  }

  /**
   * Blank out whatever stands before the XML declaration, and the declaration itself: the text is
   * already decoded, and without a declaration leading white space is allowed.
   */
  private void prolog() {
    Matcher declaration = DECLARATION.matcher(in).region(0, Math.min(in.length(), PROLOG_CHARS));
    int end;
    if (declaration.find()) {
      String before = in.substring(0, declaration.start());
      if (!before.isEmpty()) {
        flaw(
            before.isBlank()
                ? "white space before the XML declaration"
                : "text before the XML declaration",
            null);
      }
      end = declaration.end();
    } else {
      end = Math.max(in.indexOf('<'), 0);
      if (!in.substring(0, end).isBlank()) {
        flaw("text before the first element", null);
      }
    }
    blank(end);
  }

  private void body() throws RefusedDoctype {
    while (at < in.length()) {
      if (in.startsWith("<![CDATA[", at)) {
        copyThrough("]]>");
      } else if (in.startsWith("<!--", at)) {
        copyThrough("-->");
      } else if (in.startsWith("<?", at)) {
        copyThrough("?>");
      } else if (in.regionMatches(true, at, "<!DOCTYPE", 0, 9)) {
        doctype();
      } else if (in.charAt(at) == '&') {
        reference();
      } else {
        copyChar();
      }
    }
  }

  /** Drop a DOCTYPE that only names a DTD (never read); refuse one with its own declarations. */
  private void doctype() throws RefusedDoctype {
    int close = in.indexOf('>', at);
    int subset = in.indexOf('[', at);
    if (close < 0 || subset >= 0 && subset < close) {
      throw new RefusedDoctype();
    }
    flaw("DOCTYPE dropped unread", null);
    blank(close + 1);
  }

  /** Copy an entity or character reference XML accepts; repair the others. */
  private void reference() {
    Matcher numeric = NUMERIC.matcher(in).region(at, in.length());
    if (numeric.lookingAt()) {
      int code =
          numeric.group(1) != null
              ? (int) Math.min(Long.parseLong(numeric.group(1), 16), Integer.MAX_VALUE)
              : (int) Math.min(Long.parseLong(numeric.group(2)), Integer.MAX_VALUE);
      if (!isXmlChar(code)) {
        flaw("reference to a character XML forbids", numeric.group());
      } else {
        if (numeric.group(3).isEmpty()) {
          flaw("character reference without ';'", numeric.group());
        }
        out.append("&#").append(code).append(';');
      }
      at = numeric.end();
      return;
    }
    Matcher named = NAMED.matcher(in).region(at, in.length());
    if (named.lookingAt()) {
      String name = named.group(1);
      if (XML_ENTITIES.contains(name)) {
        out.append(named.group());
      } else if (Entities.isNamedEntity(name)) {
        flaw("HTML entity that XML does not define", named.group());
        Entities.getByName(name).codePoints().forEach(c -> out.append("&#").append(c).append(';'));
      } else {
        flaw("undefined entity, kept as text", named.group());
        out.append("&amp;").append(name).append(';');
      }
      at = named.end();
      return;
    }
    flaw("unescaped '&'", null);
    out.append("&amp;");
    at++;
  }

  /** Copy up to and including {@code end} (or to the end of the text), dropping forbidden chars. */
  private void copyThrough(String end) {
    int stop = in.indexOf(end, at + 2);
    stop = stop < 0 ? in.length() : stop + end.length();
    while (at < stop) {
      copyChar();
    }
  }

  private void copyChar() {
    int c = in.codePointAt(at);
    if (isXmlChar(c)) {
      out.appendCodePoint(c);
    } else {
      flaw("character XML forbids", String.format(Locale.ROOT, "U+%04X", c));
    }
    if (c == '\n') {
      line++;
    }
    at += Character.charCount(c);
  }

  /** Replace the text up to {@code end} with spaces, keeping its line breaks. */
  private void blank(int end) {
    while (at < end) {
      char c = in.charAt(at++);
      out.append(c == '\n' ? '\n' : ' ');
      if (c == '\n') {
        line++;
      }
    }
  }

  private void flaw(String kind, String example) {
    flaws.merge(kind, new FeedFlaw(kind, example, line, 1), (first, next) -> first.again());
  }

  /** Whether XML 1.0 allows the code point in a document (a lone surrogate is not allowed). */
  private static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || c >= 0x20 && c <= 0xD7FF
        || c >= 0xE000 && c <= 0xFFFD
        || c >= 0x10000 && c <= 0x10FFFF;
  }
}

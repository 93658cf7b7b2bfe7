package newsarchive.search;

import java.util.regex.Pattern;

/** Escapes text for safe use inside HTML elements and attributes. */
public final class Html {

  /** Two marks with only spaces between them, on one line. */
  private static final Pattern ADJACENT_MARKS = Pattern.compile("</mark>([ \\t]+)<mark>");

  private Html() {}

  /** Append {@code text[from, to)} to {@code out} with every HTML-special character escaped. */
  public static void escape(StringBuilder out, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /** {@code text} with every HTML-special character escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(out, text, 0, text.length());
    return out.toString();
  }

  /**
   * {@code html} with marks that only spaces separate joined into one: the highlighter marks each
   * word of a phrase, and "exclusive cloud" reads as one match.
   */
  public static String joinAdjacentMarks(String html) {
    return ADJACENT_MARKS.matcher(html).replaceAll("$1");
  }
}

package newsarchive.search;

/** Escapes text for safe use inside HTML elements and attributes. */
public final class Html {

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
}

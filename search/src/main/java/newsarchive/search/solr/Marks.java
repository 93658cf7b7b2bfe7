package newsarchive.search.solr;

import newsarchive.search.Html;

/**
 * Solr's highlights made safe: Solr marks matches with two private-use characters and no encoding,
 * and the text between them is escaped here by the archive's own rule before the {@code <mark>}
 * tags go in, so a hostile article stays inert whatever Solr's encoder would do. A private-use
 * character in an article can at worst add a stray mark, never markup of its own.
 */
final class Marks {

  /** Where Solr starts a match. */
  static final String PRE = "\uE000";

  /** Where Solr ends a match. */
  static final String POST = "\uE001";

  private Marks() {}

  private static final String ELLIPSIS = "\u2026";

  /**
   * A marked passage of {@code content} as the embedded index shows one: escaped, marked, trailing
   * space dropped, with an ellipsis on each side where the content goes on.
   */
  static String passage(String marked, String content) {
    String plain = marked.replace(PRE, "").replace(POST, "");
    int start = content.indexOf(plain);
    String html = toHtml(marked.stripTrailing());
    if (start > 0) {
      html = ELLIPSIS + " " + html;
    }
    if (start >= 0 && start + plain.length() < content.length()) {
      html = html + " " + ELLIPSIS;
    }
    return html.strip();
  }

  /**
   * The marked text escaped, with {@code <mark>} tags where Solr put its markers, joined as the
   * embedded index joins them.
   */
  static String toHtml(String marked) {
    StringBuilder out = new StringBuilder(marked.length() + 32);
    int from = 0;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == PRE.charAt(0) || c == POST.charAt(0)) {
        Html.escape(out, marked, from, i);
        out.append(c == PRE.charAt(0) ? "<mark>" : "</mark>");
        from = i + 1;
      }
    }
    Html.escape(out, marked, from, marked.length());
    return Html.joinAdjacentMarks(out.toString());
  }
}

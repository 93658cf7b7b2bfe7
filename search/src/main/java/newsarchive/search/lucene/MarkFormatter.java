package newsarchive.search.lucene;

import newsarchive.search.Html;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as HTML: every character of the article escaped, matches wrapped in
 * {@code <mark>} (words with only spaces between them in one), and a mark never spanning a
 * paragraph break so paragraphs can be split apart.
 */
final class MarkFormatter extends PassageFormatter {

  private static final String ELLIPSIS = "…";
  private static final String PARAGRAPH_BREAK = "(\\n\\s*\\n)";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    for (Passage passage : passages) {
      if (passage.getStartOffset() > 0) {
        out.append(ELLIPSIS).append(' ');
      }
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(pos, passage.getMatchStarts()[i]);
        int end = Math.min(passage.getEndOffset(), passage.getMatchEnds()[i]);
        if (end > start) {
          Html.escape(out, content, pos, start);
          String marked = Html.escape(content.substring(start, end));
          out.append("<mark>")
              .append(marked.replaceAll(PARAGRAPH_BREAK, "</mark>$1<mark>"))
              .append("</mark>");
          pos = end;
        }
      }
      int end = passage.getEndOffset();
      while (end > pos && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      Html.escape(out, content, pos, end);
      if (passage.getEndOffset() < content.length()) {
        out.append(' ').append(ELLIPSIS);
      }
    }
    return Html.joinAdjacentMarks(out.toString().strip());
  }
}

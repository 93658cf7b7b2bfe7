package newsarchive.corpus;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Reduces the HTML found in feed items to plain text, keeping paragraphs apart. */
final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "tr",
          "table",
          "section",
          "article",
          "header",
          "footer",
          "figure",
          "hr");

  private HtmlText() {}

  /**
   * The text of {@code html}: tags dropped, entities decoded, paragraphs separated by a blank line.
   */
  static String toPlainText(String html) {
    StringBuilder text = new StringBuilder();
    Jsoup.parseBodyFragment(html)
        .body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                  text.append(textNode.getWholeText());
                } else if (isBlock(node)) {
                  text.append("\n\n");
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (isBlock(node)) {
                  text.append("\n\n");
                }
              }
            });
    return paragraphs(text.toString());
  }

  /**
   * Plain {@code text} tidied: white space within a paragraph collapsed, paragraphs (split at blank
   * lines) separated by one blank line.
   */
  static String paragraphs(String text) {
    StringBuilder paragraphs = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      String clean = paragraph.replaceAll("[\\s\\u00A0]+", " ").strip();
      if (!clean.isEmpty()) {
        paragraphs.append(paragraphs.isEmpty() ? "" : "\n\n").append(clean);
      }
    }
    return paragraphs.toString();
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element element && BLOCKS.contains(element.normalName());
  }
}

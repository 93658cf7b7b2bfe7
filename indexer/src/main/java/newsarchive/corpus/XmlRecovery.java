package newsarchive.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * The last lenient pass, for a feed that is still not well-formed once repaired: jsoup's
 * HTML-tolerant XML parser reads what it can (closing what was left open, taking a stray {@code <}
 * as text), and its tree is written out again as well-formed XML for the feed parser. Every item
 * whose markup survives is recovered; a cut-off last item keeps what it has.
 */
final class XmlRecovery {

  /**
   * A feed rewritten as well-formed XML.
   *
   * @param xml the root element and everything in it, or {@code null} when there is no element
   * @param root the root element's name, or {@code null}
   */
  record Rebuilt(String xml, String root) {}

  /** Namespaces feeds use without declaring them, bound so that their elements keep meaning. */
  private static final Map<String, String> KNOWN_PREFIXES =
      Map.of(
          "dc", "http://purl.org/dc/elements/1.1/",
          "content", "http://purl.org/rss/1.0/modules/content/",
          "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "atom", "http://www.w3.org/2005/Atom");

  private XmlRecovery() {}

  /** Read {@code text} tolerantly and write its root element out as well-formed XML. */
  static Rebuilt rebuild(String text) {
    Document document = Jsoup.parse(text, "", Parser.xmlParser());
    Element root = document.firstElementChild();
    if (root == null) {
      return new Rebuilt(null, null);
    }
    // Comments may hold "--" and declarations may sit anywhere: neither carries an item's content.
    List<Node> dropped = new ArrayList<>();
    root.forEachNode(
        node -> {
          if (node instanceof Comment || node instanceof XmlDeclaration) {
            dropped.add(node);
          }
        });
    dropped.forEach(Node::remove);
    bindUndeclaredPrefixes(root);
    document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
    return new Rebuilt(root.outerHtml(), root.tagName());
  }

  /**
   * Declare on the root every prefix used but declared nowhere, which a namespace-aware parser
   * refuses.
   */
  private static void bindUndeclaredPrefixes(Element root) {
    Set<String> used = new HashSet<>();
    Set<String> declared = new HashSet<>(Set.of("xml", "xmlns"));
    for (Element element : root.getAllElements()) {
      addPrefix(element.tagName(), used);
      for (Attribute attribute : element.attributes()) {
        if (attribute.getKey().startsWith("xmlns:")) {
          declared.add(attribute.getKey().substring("xmlns:".length()));
        } else {
          addPrefix(attribute.getKey(), used);
        }
      }
    }
    used.removeAll(declared);
    for (String prefix : used) {
      root.attr(
          "xmlns:" + prefix,
          KNOWN_PREFIXES.getOrDefault(prefix, "urn:newsarchive:undeclared:" + prefix));
    }
  }

  private static void addPrefix(String name, Set<String> prefixes) {
    int colon = name.indexOf(':');
    if (colon > 0) {
      prefixes.add(name.substring(0, colon));
    }
  }
}

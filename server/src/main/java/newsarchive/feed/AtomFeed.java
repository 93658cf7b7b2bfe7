package newsarchive.feed;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import newsarchive.article.Article;
import newsarchive.search.ExportSink;

/**
 * Writes an Atom 1.0 feed (RFC 4287) of the articles an export hands over, each entry as it comes:
 * title, a link to the article's page view, dates, authors, the lead as summary, and the companies
 * and topics as categories. Written with the JDK's XMLStreamWriter, which escapes markup in text
 * and attributes; characters XML cannot carry at all are dropped first.
 */
public final class AtomFeed implements ExportSink {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final XMLStreamWriter xml;
  private final FeedHead head;
  private final URI base;
  private final int limit;
  private int entries;

  /**
   * A feed of at most {@code limit} entries written to {@code out}, linking articles under {@code
   * base} (the page's address).
   */
  public AtomFeed(Writer out, FeedHead head, URI base, int limit) throws IOException {
    try {
      this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    this.head = head;
    this.base = base;
    this.limit = limit;
  }

  /** Write the feed's own elements, before the first entry. */
  @Override
  public void begin(long total) throws IOException {
    write(
        () -> {
          xml.writeStartDocument("UTF-8", "1.0");
          xml.writeStartElement("feed");
          xml.writeDefaultNamespace(ATOM);
          text("id", head.self().toString());
          text("title", head.title());
          text("updated", rfc3339(head.updated()));
          link("self", "application/atom+xml", head.self().toString());
          link("alternate", "text/html", head.page().toString());
          author("Newsarchive");
          text("generator", "Newsarchive");
        });
  }

  /** Write one entry; answer whether the feed has room for more. */
  @Override
  public boolean accept(Article article) throws IOException {
    String page =
        base.resolve("?article=" + URLEncoder.encode(article.id(), StandardCharsets.UTF_8))
            .toString();
    write(
        () -> {
          xml.writeStartElement("entry");
          text("id", page);
          text("title", article.title());
          link("alternate", "text/html", page);
          if (article.url() != null) {
            link("related", null, article.url());
          }
          if (article.published() != null) {
            text("published", rfc3339(article.published()));
          }
          text(
              "updated",
              rfc3339(article.published() == null ? head.updated() : article.published()));
          for (String author : article.authors()) {
            author(author);
          }
          String lead = Lead.of(article.body());
          if (!lead.isEmpty()) {
            text("summary", lead);
          }
          for (String category : categories(article)) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", xmlSafe(category));
          }
          xml.writeEndElement();
        });
    return ++entries < limit;
  }

  /** Close the feed; the caller flushes the writer. */
  public void end() throws IOException {
    write(
        () -> {
          xml.writeEndElement();
          xml.writeEndDocument();
          xml.flush();
        });
  }

  private static List<String> categories(Article article) {
    return Stream.concat(article.companies().stream(), article.topics().stream())
        .distinct()
        .toList();
  }

  private void text(String element, String value) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
  }

  private void link(String rel, String type, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    if (type != null) {
      xml.writeAttribute("type", type);
    }
    xml.writeAttribute("href", xmlSafe(href));
  }

  private void author(String name) throws XMLStreamException {
    xml.writeStartElement("author");
    text("name", name);
    xml.writeEndElement();
  }

  /** An instant as RFC 3339 wants it, to the second. */
  private static String rfc3339(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * {@code text} without the characters XML 1.0 cannot hold (controls other than tab and line
   * breaks, lone surrogates, U+FFFE and U+FFFF): escaping cannot make them well-formed.
   */
  static String xmlSafe(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(safe::appendCodePoint);
    return safe.toString();
  }

  private static void write(XmlWrite write) throws IOException {
    try {
      write.run();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Something written with the XML writer. */
  @FunctionalInterface
  private interface XmlWrite {
    /** Write it. */
    void run() throws XMLStreamException;
  }
}

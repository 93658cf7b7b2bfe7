package newsarchive.corpus;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import newsarchive.article.Article;
import newsarchive.article.Origin;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds, one article per item, with Rome. A feed that is not
 * well-formed XML is read again leniently, as feed readers do: first with its text repaired ({@link
 * XmlRepair}), then, if it is still broken, with a tolerant parser that recovers every item it can
 * ({@link XmlRecovery}); each flaw worked around is reported as a warning. No pass ever reads a
 * DOCTYPE: one with declarations of its own refuses the feed, since that is where external entities
 * and entity bombs hide, and the archive never fetches or reads anything a file points to.
 */
public final class FeedParser {

  private static final Pattern ROME_PREFIX =
      Pattern.compile("^Invalid XML: (Error on line \\d+: )?");

  /** Parse the bytes of {@code file} into one article per item, or report why not. */
  public void parse(CorpusFile file, byte[] bytes, ArticleSink sink) {
    Read read;
    try {
      read = read(bytes);
    } catch (Unreadable e) {
      sink.problem(Problem.failure(file.path(), 0, e.getMessage()));
      return;
    }
    read.flaws().forEach(flaw -> sink.problem(flaw.warning(file.path())));
    String source = blankToNull(read.feed().getTitle());
    List<SyndEntry> entries = read.feed().getEntries();
    for (int item = 1; item <= entries.size(); item++) {
      SyndEntry entry = entries.get(item - 1);
      String title = plain(entry.getTitleEx());
      String body = body(entry);
      if (title == null && body == null) {
        sink.problem(Problem.failure(file.path(), item, "item has no title and no text"));
        continue;
      }
      String url = blankToNull(entry.getLink());
      String id = blankToNull(entry.getUri());
      Origin origin = file.originOfItem(item);
      Date date =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      if (date == null) {
        sink.problem(
            Problem.warning(file.path(), item, "item has no usable date; indexed as undated"));
      }
      sink.article(
          new Article(
              id != null ? id : url != null ? url : file.fallbackId(origin.position()),
              title,
              body,
              date == null ? null : date.toInstant(),
              source,
              url,
              authors(entry),
              List.of(),
              List.of(),
              origin));
    }
  }

  /** A feed as read, and the flaws worked around to read it. */
  private record Read(SyndFeed feed, List<FeedFlaw> flaws) {}

  /** Why a file yields no feed at all. */
  private static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  /** The feed, parsed strictly if it can be, else leniently; or why it cannot be read at all. */
  private static Read read(byte[] bytes) throws Unreadable {
    XmlDecoder.Decoded decoded = XmlDecoder.decode(bytes);
    if (decoded.text().isBlank()) {
      throw new Unreadable("empty file");
    }
    Exception strict = null;
    if (decoded.flaw() == null) {
      try {
        return new Read(build(new StringReader(decoded.text())), List.of());
      } catch (FeedException | IllegalArgumentException e) {
        strict = e;
      }
    }
    return lenient(decoded, strict);
  }

  /**
   * The feed read from its repaired text, else from what the tolerant parser recovers of it, with
   * every flaw worked around; {@code strict} is why the strict pass failed, if it ran.
   */
  private static Read lenient(XmlDecoder.Decoded decoded, Exception strict) throws Unreadable {
    XmlRepair.Repaired repaired;
    try {
      repaired = XmlRepair.repair(decoded.text());
    } catch (XmlRepair.RefusedDoctype e) {
      throw new Unreadable(e.getMessage());
    }
    List<FeedFlaw> flaws = new ArrayList<>();
    if (decoded.flaw() != null) {
      flaws.add(decoded.flaw());
    }
    flaws.addAll(repaired.flaws());
    Exception stillBroken;
    try {
      SyndFeed feed = build(new StringReader(repaired.text()));
      if (flaws.isEmpty()) {
        flaws.add(notWellFormed(strict));
      }
      return new Read(feed, flaws);
    } catch (FeedException | IllegalArgumentException e) {
      stillBroken = e;
    }
    XmlRecovery.Rebuilt rebuilt = XmlRecovery.rebuild(repaired.text());
    if (rebuilt.xml() == null) {
      throw new Unreadable("not a feed: there is no XML element in it");
    }
    try {
      SyndFeed feed = build(new StringReader(rebuilt.xml()));
      flaws.add(notWellFormed(stillBroken));
      return new Read(feed, flaws);
    } catch (IllegalArgumentException e) {
      throw notAFeed(rebuilt.root());
    } catch (FeedException e) {
      throw new Unreadable("not a readable RSS, RDF or Atom feed: " + message(stillBroken));
    }
  }

  private static SyndFeed build(Reader reader) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setXmlHealerOn(false);
    return input.build(reader);
  }

  private static FeedFlaw notWellFormed(Exception e) {
    int line = e instanceof ParsingFeedException parsing ? Math.max(parsing.getLineNumber(), 0) : 0;
    return new FeedFlaw("not well-formed XML", message(e), line, 1);
  }

  private static Unreadable notAFeed(String root) {
    return new Unreadable(
        "html".equalsIgnoreCase(root)
            ? "not a feed but a web page (its root element is <html>)"
            : "not an RSS, RDF or Atom feed (its root element is <" + root + ">)");
  }

  private static String message(Exception e) {
    return ROME_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("").strip();
  }

  /** The item's full content when it has one, else its description. */
  private static String body(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      String text = plain(content);
      if (text != null) {
        return text;
      }
    }
    return plain(entry.getDescription());
  }

  /** The content as plain text: HTML (including what was in CDATA) is reduced with jsoup. */
  private static String plain(SyndContent content) {
    if (content == null || content.getValue() == null) {
      return null;
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    String value = content.getValue();
    String text = type.equals("text") ? value.replaceAll("\\s+", " ") : HtmlText.toPlainText(value);
    return blankToNull(text);
  }

  private static List<String> authors(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        names.add(person.getName().strip());
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      names.add(entry.getAuthor().strip());
    }
    return names;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

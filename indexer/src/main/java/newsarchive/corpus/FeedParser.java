package newsarchive.corpus;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import newsarchive.article.Article;

/**
 * Reads RSS 2.0 and Atom feeds, one article per item, with Rome. Feeds with a DOCTYPE are refused
 * whole: that is where external entities hide, and the archive never fetches or reads anything a
 * file points to.
 */
public final class FeedParser {

  /** Parse the bytes of {@code file} into one article per item, or report why not. */
  public void parse(CorpusFile file, byte[] bytes, ArticleSink sink) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      sink.problem(Problem.failure(file.path(), 0, reason(e)));
      return;
    }
    String source = blankToNull(feed.getTitle());
    List<SyndEntry> entries = feed.getEntries();
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
      String position = "#" + item;
      Date date =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      if (date == null) {
        sink.problem(
            Problem.warning(file.path(), item, "item has no usable date; indexed as undated"));
      }
      sink.article(
          new Article(
              id != null ? id : url != null ? url : file.fallbackId(position),
              title,
              body,
              date == null ? null : date.toInstant(),
              source,
              url,
              authors(entry),
              List.of(),
              List.of(),
              file.origin(position)));
    }
  }

  private static String reason(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE")) {
      return "feed declares a DOCTYPE, which is refused so that no external entity is ever read";
    }
    return "not a readable RSS or Atom feed: " + message;
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
    String text =
        type.equals("text") || type.equals("text/plain")
            ? value.replaceAll("\\s+", " ")
            : HtmlText.toPlainText(value);
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

package newsarchive.search;

import java.io.IOException;
import newsarchive.article.Article;

/**
 * Takes the articles of an export one at a time, in the request's order, while the search service
 * walks one version of the index; what it does with each (write a CSV row, an Atom entry) is its
 * own business, and nothing is kept in between.
 */
public interface ExportSink {

  /**
   * Told once, before the first article, how many articles match; nothing has been sent yet, so a
   * response can still set its headers here.
   */
  default void begin(long total) throws IOException {}

  /**
   * Take the next article; answer {@code false} to stop the walk after it. An exception (a client
   * that went away) stops the walk too and reaches the caller of the export.
   */
  boolean accept(Article article) throws IOException;
}

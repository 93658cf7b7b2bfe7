package newsarchive.search.lucene;

import java.io.IOException;
import newsarchive.index.ArticleSchema;
import newsarchive.search.DateRange;
import newsarchive.search.SortOrder;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * The first matches of a search in date order (newest or oldest first), looked for among the days
 * at that end of the search's histogram that should hold them. Every match outside those days comes
 * later in the order, so when the days hold {@code n} matches, their first {@code n} are the first
 * {@code n} of all; when they hold fewer, the whole search runs. Lucene skips the matches that
 * cannot make a date-sorted page only for some queries (not every bulk scorer takes the sort's
 * competitive iterator), so listing a company's 2.75M articles newest first compared the dates of
 * all of them; this compares the last few days' matches.
 */
final class DateWindow {

  /** How many more hits than wanted the days should hold, as the day counts may be estimates. */
  private static final int MARGIN = 2;

  private final IndexSnapshot snapshot;
  private final Deadline deadline;
  private final SortOrder sort;
  private final int firstDay;
  private final long[] hitsPerDay;
  private final int from;
  private final int to;

  /**
   * Windows for a search on {@code snapshot} in {@code sort} order, whose hits per day from {@code
   * firstDay} (days since 1970-01-01) are {@code hitsPerDay} within {@code dates} (counts outside
   * them are ignored; they may be estimates).
   */
  DateWindow(
      IndexSnapshot snapshot,
      Deadline deadline,
      SortOrder sort,
      int firstDay,
      long[] hitsPerDay,
      DateRange dates) {
    this.snapshot = snapshot;
    this.deadline = deadline;
    this.sort = sort;
    this.firstDay = firstDay;
    this.hitsPerDay = hitsPerDay;
    this.from =
        dates.from() == null
            ? 0
            : (int) Math.clamp(dates.from().toEpochDay() - firstDay, 0, hitsPerDay.length);
    this.to =
        dates.to() == null
            ? hitsPerDay.length - 1
            : (int) Math.clamp(dates.to().toEpochDay() - firstDay, -1, hitsPerDay.length - 1);
  }

  /** The first {@code n} matches of {@code query} in {@code order}, the sort of this date order. */
  TopDocs first(Query query, Sort order, int n) throws IOException {
    Query days = days(n);
    if (days != null) {
      TopDocs top =
          search(
              new BooleanQuery.Builder().add(query, Occur.MUST).add(days, Occur.FILTER).build(),
              order,
              n);
      if (top.scoreDocs.length >= n) {
        return top;
      }
    }
    return search(query, order, n);
  }

  /**
   * The fewest days at the front of the order that should hold {@code n} hits with a margin, or
   * {@code null} when the order is not by date or only all the days would.
   */
  private Query days(int n) {
    if (sort == SortOrder.RELEVANCE) {
      return null;
    }
    boolean newestFirst = sort == SortOrder.NEWEST;
    long held = 0;
    for (int i = 0; i <= to - from; i++) {
      int day = newestFirst ? to - i : from + i;
      held += hitsPerDay[day];
      if (held >= (long) MARGIN * n) {
        if (day == (newestFirst ? from : to)) {
          return null;
        }
        long edge = RequestFilters.millis(firstDay + day + (newestFirst ? 0 : 1));
        return newestFirst
            ? LongField.newRangeQuery(ArticleSchema.PUBLISHED, edge, Long.MAX_VALUE)
            : LongField.newRangeQuery(ArticleSchema.PUBLISHED, Long.MIN_VALUE, edge - 1);
      }
    }
    return null;
  }

  private TopDocs search(Query query, Sort order, int n) throws IOException {
    return snapshot.search(query, deadline.limit(new TopFieldCollectorManager(order, n, null, n)));
  }
}

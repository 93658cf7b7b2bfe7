package newsarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import newsarchive.search.SearchResult.Bucket;

/**
 * Coverage over time for a {@link TimelineRequest}.
 *
 * @param interval the period width: day, week, month or year
 * @param normalize {@code count} or {@code share}
 * @param matches how many articles match the search (the denominator's total, undated included)
 * @param series one per value asked for, or per top value, in that order
 * @param denominator what a share is divided by, in words
 * @param periods the search's matches per period: every period from the first dated match to the
 *     last, empty ones included; every series lists the same periods
 * @param partial whether the time limit cut the counting short
 * @param tookMs time spent answering, in milliseconds
 */
public record Timeline(
    String interval,
    String normalize,
    long matches,
    List<Series> series,
    String denominator,
    List<SearchResult.Bucket> periods,
    boolean partial,
    long tookMs) {

  /**
   * One charted value.
   *
   * @param value {@code dimension:value}, in the index's spelling
   * @param total the sum of its points: matching dated articles with the value
   * @param points one per period
   */
  public record Series(String value, long total, List<Point> points) {

    /**
     * The series of {@code value} from its {@code counts} per period, each with its share of the
     * same period of {@code periods} (the search's matches) when {@code share}.
     */
    public static Series of(
        DimensionValue value, List<Bucket> counts, List<Bucket> periods, boolean share) {
      List<Point> points = new ArrayList<>();
      long total = 0;
      for (int i = 0; i < counts.size(); i++) {
        long count = counts.get(i).count();
        long all = periods.get(i).count();
        total += count;
        points.add(
            new Point(
                counts.get(i).period(),
                count,
                share ? (all == 0 ? 0.0 : ratio(count, all)) : null));
      }
      return new Series(value.toString(), total, points);
    }
  }

  /** {@code part / whole} to four decimal places, as every share and lift is given. */
  public static double ratio(long part, long whole) {
    return Math.round(part * 10_000.0 / whole) / 10_000.0;
  }

  /**
   * What each period's share is divided by, in words: the articles matching {@code query}, the
   * {@code selections} (in the index's spelling) and {@code dates}, per {@code interval}.
   */
  public static String denominator(
      String query, Map<String, List<String>> selections, DateRange dates, Interval interval) {
    StringJoiner matching = new StringJoiner(", ");
    if (!query.isBlank()) {
      matching.add("q=" + query.strip());
    }
    selections.forEach(
        (dimension, values) -> values.forEach(value -> matching.add(dimension + "=" + value)));
    if (dates.from() != null) {
      matching.add("from=" + dates.from());
    }
    if (dates.to() != null) {
      matching.add("to=" + dates.to());
    }
    String per = " per " + interval.label();
    return matching.length() == 0 ? "all articles" + per : "articles matching " + matching + per;
  }

  /**
   * One period of a series.
   *
   * @param period in the form {@code from}/{@code to} accept: 2026, 2026-04, 2026-W18, 2026-04-29
   * @param count matching articles of the period with the series' value
   * @param share {@code count} divided by the period's matches (0 when it has none), with {@code
   *     normalize=share}; else {@code null}
   */
  public record Point(String period, long count, Double share) {}
}

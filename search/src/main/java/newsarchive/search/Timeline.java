package newsarchive.search;

import java.util.List;

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
  public record Series(String value, long total, List<Point> points) {}

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

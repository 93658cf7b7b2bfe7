package newsarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsarchive.search.SearchResult.Bucket;

/** Rolls matches counted per day up into year, month or day buckets. */
public final class DateHistogram {

  /** The most bars one histogram may have. */
  static final int MAX_BUCKETS = 3000;

  /**
   * A histogram of matches.
   *
   * @param buckets every period from the first match to the last, empty ones included
   * @param interval the bucket width used
   */
  public record Result(List<Bucket> buckets, Interval interval) {}

  private DateHistogram() {}

  /**
   * The histogram of {@code dayCounts}, matches per day from {@code firstDay} (days since
   * 1970-01-01), by {@code requested} interval, or one chosen from the span of the matches.
   */
  public static Result of(int firstDay, long[] dayCounts, Interval requested) {
    int firstIndex = 0;
    while (firstIndex < dayCounts.length && dayCounts[firstIndex] == 0) {
      firstIndex++;
    }
    if (firstIndex == dayCounts.length) {
      return new Result(List.of(), requested == null ? Interval.MONTH : requested);
    }
    int lastIndex = dayCounts.length - 1;
    while (dayCounts[lastIndex] == 0) {
      lastIndex--;
    }
    LocalDate first = LocalDate.ofEpochDay(firstDay + firstIndex);
    LocalDate last = LocalDate.ofEpochDay(firstDay + lastIndex);
    Interval interval = requested == null ? Interval.forSpan(first, last) : requested;
    List<Bucket> buckets = new ArrayList<>();
    for (LocalDate start = interval.start(first);
        !start.isAfter(last);
        start = interval.next(start)) {
      if (buckets.size() == MAX_BUCKETS) {
        throw InvalidRequestException.parameter(
            "interval="
                + interval.label()
                + " gives more than "
                + MAX_BUCKETS
                + " bars for these articles; choose a wider interval.");
      }
      long from = Math.max(start.toEpochDay(), first.toEpochDay()) - firstDay;
      long to = Math.min(interval.next(start).toEpochDay(), last.toEpochDay() + 1) - firstDay;
      long count = 0;
      for (long day = from; day < to; day++) {
        count += dayCounts[(int) day];
      }
      buckets.add(new Bucket(interval.name(start), count));
    }
    return new Result(buckets, interval);
  }
}

package newsarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsarchive.search.SearchResult.Bucket;

/** Rolls matches counted per day up into day, week, month, quarter or year buckets. */
public final class DateHistogram {

  /** The most bars one search histogram may have. */
  public static final int MAX_BUCKETS = 3000;

  /**
   * A histogram of matches.
   *
   * @param buckets every period from the first match to the last, empty ones included
   * @param interval the bucket width used
   */
  public record Result(List<Bucket> buckets, Interval interval) {}

  /**
   * The days with matches, as a closed range of days since 1970-01-01.
   *
   * @param first the first day with a match
   * @param last the last day with a match
   * @param dated the matches published on those days
   */
  public record Span(int first, int last, long dated) {

    /** The span of the non-zero counts in {@code dayCounts} (from {@code firstDay}), or null. */
    public static Span of(int firstDay, long[] dayCounts) {
      int firstIndex = 0;
      while (firstIndex < dayCounts.length && dayCounts[firstIndex] == 0) {
        firstIndex++;
      }
      if (firstIndex == dayCounts.length) {
        return null;
      }
      int lastIndex = dayCounts.length - 1;
      while (dayCounts[lastIndex] == 0) {
        lastIndex--;
      }
      long dated = 0;
      for (int day = firstIndex; day <= lastIndex; day++) {
        dated += dayCounts[day];
      }
      return new Span(firstDay + firstIndex, firstDay + lastIndex, dated);
    }

    /** The interval that shows these matches in a readable number of bars. */
    public Interval readableInterval() {
      return Interval.readable(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last), dated);
    }
  }

  private DateHistogram() {}

  /**
   * The histogram of {@code dayCounts}, matches per day from {@code firstDay} (days since
   * 1970-01-01), by {@code requested} interval, or one chosen from the span of the matches.
   */
  public static Result of(int firstDay, long[] dayCounts, Interval requested) {
    Span span = Span.of(firstDay, dayCounts);
    if (span == null) {
      return new Result(List.of(), requested == null ? Interval.MONTH : requested);
    }
    Interval interval = requested == null ? span.readableInterval() : requested;
    return new Result(buckets(firstDay, dayCounts, span, interval, MAX_BUCKETS, "bars"), interval);
  }

  /**
   * One bucket per {@code interval} period of {@code span}, empty ones included, counting {@code
   * dayCounts} (per day from {@code firstDay}); more than {@code max} periods is a request error
   * that calls them {@code what}.
   */
  public static List<Bucket> buckets(
      int firstDay, long[] dayCounts, Span span, Interval interval, int max, String what) {
    LocalDate first = LocalDate.ofEpochDay(span.first());
    LocalDate last = LocalDate.ofEpochDay(span.last());
    List<Bucket> buckets = new ArrayList<>();
    for (LocalDate start = interval.start(first);
        !start.isAfter(last);
        start = interval.next(start)) {
      if (buckets.size() == max) {
        throw InvalidRequestException.parameter(
            "interval="
                + interval.label()
                + " gives more than "
                + max
                + " "
                + what
                + " for these articles; choose a wider interval.");
      }
      long from = Math.max(start.toEpochDay(), span.first()) - firstDay;
      long to = Math.min(interval.next(start).toEpochDay(), span.last() + 1L) - firstDay;
      long count = 0;
      for (long day = from; day < to; day++) {
        count += dayCounts[(int) day];
      }
      buckets.add(new Bucket(interval.name(start), count));
    }
    return buckets;
  }
}

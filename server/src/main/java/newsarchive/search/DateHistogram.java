package newsarchive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import newsarchive.index.ArticleSchema;
import newsarchive.search.SearchResult.Bucket;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts matching articles per day, then rolls the days up into year, month or day buckets. */
final class DateHistogram {

  /** The most bars one histogram may have. */
  static final int MAX_BUCKETS = 3000;

  private static final long DAY_MILLIS = 86_400_000L;

  /**
   * The histogram of {@code query}'s matches.
   *
   * @param buckets every period from the first match to the last, empty ones included
   * @param interval the bucket width used
   */
  record Result(List<Bucket> buckets, Interval interval) {}

  private DateHistogram() {}

  /**
   * Count {@code query}'s dated matches by {@code requested} interval, or one chosen from the span.
   */
  static Result count(IndexSearcher searcher, Query query, Interval requested, Deadline deadline)
      throws IOException {
    NavigableMap<Long, Long> days = searcher.search(query, deadline.limit(new DayCounts()));
    if (days.isEmpty()) {
      return new Result(List.of(), requested == null ? Interval.MONTH : requested);
    }
    LocalDate first = LocalDate.ofEpochDay(days.firstKey());
    LocalDate last = LocalDate.ofEpochDay(days.lastKey());
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
      long count =
          days
              .subMap(start.toEpochDay(), true, interval.next(start).toEpochDay(), false)
              .values()
              .stream()
              .mapToLong(Long::longValue)
              .sum();
      buckets.add(new Bucket(interval.name(start), count));
    }
    return new Result(buckets, interval);
  }

  /** Collects a day → count map per index slice and merges them. */
  private static final class DayCounts
      implements CollectorManager<DayCollector, NavigableMap<Long, Long>> {

    @Override
    public DayCollector newCollector() {
      return new DayCollector();
    }

    @Override
    public NavigableMap<Long, Long> reduce(Collection<DayCollector> collectors) {
      NavigableMap<Long, Long> merged = new TreeMap<>();
      for (DayCollector collector : collectors) {
        collector.days.forEach((day, count) -> merged.merge(day, count, Long::sum));
      }
      return merged;
    }
  }

  /** Reads each match's publication time from doc values and counts it under its UTC day. */
  private static final class DayCollector extends SimpleCollector {

    private final NavigableMap<Long, Long> days = new TreeMap<>();
    private SortedNumericDocValues published;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      published = DocValues.getSortedNumeric(context.reader(), ArticleSchema.PUBLISHED);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (published.advanceExact(doc)) {
        days.merge(Math.floorDiv(published.nextValue(), DAY_MILLIS), 1L, Long::sum);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}

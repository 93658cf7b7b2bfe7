package newsarchive.search;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import newsarchive.index.ArticleSchema;
import newsarchive.search.SearchResult.Bucket;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
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
    DayRange range = DayRange.of(searcher.getIndexReader());
    return buckets(searcher.search(query, deadline.limit(new DayCounts(range))), requested);
  }

  /** The same histogram over matches already collected, sparing a second search. */
  static Result count(IndexReader reader, FacetsCollector matches, Interval requested)
      throws IOException {
    Days days = new Days(DayRange.of(reader));
    for (FacetsCollector.MatchingDocs leaf : matches.getMatchingDocs()) {
      days.setNextReader(leaf.context());
      DocIdSetIterator docs = leaf.bits() == null ? null : leaf.bits().iterator();
      for (int doc = docs == null ? NO_MORE_DOCS : docs.nextDoc();
          doc != NO_MORE_DOCS;
          doc = docs.nextDoc()) {
        days.add(doc);
      }
    }
    return buckets(days, requested);
  }

  private static Result buckets(Days days, Interval requested) {
    int firstIndex = days.first();
    if (firstIndex < 0) {
      return new Result(List.of(), requested == null ? Interval.MONTH : requested);
    }
    long firstDay = days.range.first();
    LocalDate first = LocalDate.ofEpochDay(firstDay + firstIndex);
    LocalDate last = LocalDate.ofEpochDay(firstDay + days.last());
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
        count += days.counts[(int) day];
      }
      buckets.add(new Bucket(interval.name(start), count));
    }
    return new Result(buckets, interval);
  }

  /** The first and last publication day in an index, which bound every histogram of it. */
  private record DayRange(long first, int length) {
    static DayRange of(IndexReader reader) throws IOException {
      byte[] min = PointValues.getMinPackedValue(reader, ArticleSchema.PUBLISHED);
      byte[] max = PointValues.getMaxPackedValue(reader, ArticleSchema.PUBLISHED);
      if (min == null || max == null) {
        return new DayRange(0, 0);
      }
      long first = day(LongPoint.decodeDimension(min, 0));
      return new DayRange(
          first, Math.toIntExact(day(LongPoint.decodeDimension(max, 0)) - first + 1));
    }
  }

  /**
   * Matches per UTC day in one array over the index's days: a map update per match, or per day,
   * cost more than the search itself on broad queries.
   */
  private static final class Days {
    private final DayRange range;
    private final long[] counts;
    private SortedNumericDocValues published;

    Days(DayRange range) {
      this.range = range;
      this.counts = new long[range.length()];
    }

    void setNextReader(LeafReaderContext leaf) throws IOException {
      published = DocValues.getSortedNumeric(leaf.reader(), ArticleSchema.PUBLISHED);
    }

    void add(int doc) throws IOException {
      if (published.advanceExact(doc)) {
        counts[(int) (day(published.nextValue()) - range.first())]++;
      }
    }

    void addAll(Days other) {
      for (int i = 0; i < counts.length; i++) {
        counts[i] += other.counts[i];
      }
    }

    /** The index of the first day with a match, or -1 when none has. */
    int first() {
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          return i;
        }
      }
      return -1;
    }

    /** The index of the last day with a match (when {@link #first} found one). */
    int last() {
      int i = counts.length - 1;
      while (counts[i] == 0) {
        i--;
      }
      return i;
    }
  }

  private static long day(long millis) {
    return Math.floorDiv(millis, DAY_MILLIS);
  }

  /** Collects matches per day per index slice and adds the slices up. */
  private record DayCounts(DayRange range) implements CollectorManager<DayCollector, Days> {

    @Override
    public DayCollector newCollector() {
      return new DayCollector(new Days(range));
    }

    @Override
    public Days reduce(Collection<DayCollector> collectors) {
      Days total = new Days(range);
      collectors.forEach(collector -> total.addAll(collector.days));
      return total;
    }
  }

  /** Counts each match under its publication day. */
  private static final class DayCollector extends SimpleCollector {

    private final Days days;

    DayCollector(Days days) {
      this.days = days;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      days.setNextReader(context);
    }

    @Override
    public void collect(int doc) throws IOException {
      days.add(doc);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}

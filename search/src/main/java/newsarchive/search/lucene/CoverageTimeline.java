package newsarchive.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import newsarchive.query.UserQuery;
import newsarchive.search.DateHistogram;
import newsarchive.search.DateHistogram.Span;
import newsarchive.search.DimensionValue;
import newsarchive.search.Interval;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult.Bucket;
import newsarchive.search.Timeline;
import newsarchive.search.TimelineRequest;
import newsarchive.search.TimelineRequest.Normalize;
import org.apache.lucene.search.Query;

/**
 * One timeline request run against one index snapshot: the search's matches counted per day, and
 * per day for each series value, in one pass over the segment columns, then rolled up into periods.
 * Without series, a first pass finds the dimension's top values among the matches (the whole
 * version's counts serve when the search lists everything).
 */
final class CoverageTimeline {

  private final IndexSnapshot snapshot;
  private final TimelineRequest request;
  private final Deadline deadline;

  /** A timeline for {@code request} on {@code snapshot}, stopping after {@code timeLimit}. */
  CoverageTimeline(IndexSnapshot snapshot, TimelineRequest request, Duration timeLimit) {
    this.snapshot = snapshot;
    this.request = request;
    this.deadline = new Deadline(timeLimit);
  }

  /** Count the parsed {@code query}'s matches per period and series, timed from {@code started}. */
  Timeline run(UserQuery query, long started) throws IOException {
    SearchRequest search = request.search();
    RequestFilters filters = new RequestFilters(snapshot, search);
    Query matching = filters.all(new QueryCompiler(snapshot).compile(query));
    FacetTable table = snapshot.facets();
    List<DimensionValue> series = series(table, matching);
    int[] tracked = new int[series.size()];
    for (int s = 0; s < tracked.length; s++) {
      tracked[s] = table.id(series.get(s).dimension(), series.get(s).value());
    }
    ColumnCounting.Tally tally = count(table, matching, tracked);

    Span span = Span.of(table.firstDay(), tally.dayCounts());
    Interval shown =
        search.interval() != null
            ? search.interval()
            : span == null ? Interval.MONTH : span.readableInterval();
    List<Bucket> periods = span == null ? List.of() : buckets(tally.dayCounts(), span, shown);
    List<Timeline.Series> lines = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      List<Bucket> counts =
          tracked[s] < 0 || span == null
              ? periods.stream().map(period -> new Bucket(period.period(), 0)).toList()
              : buckets(tally.trackedDays()[s], span, shown);
      lines.add(
          Timeline.Series.of(
              series.get(s), counts, periods, request.normalize() == Normalize.SHARE));
    }
    return new Timeline(
        shown.label(),
        request.normalize().label(),
        tally.matches(),
        lines,
        Timeline.denominator(search.query(), filters.selections(), filters.dates(), shown),
        periods,
        deadline.cutShort(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The series asked for, in the index's spelling, or the top values among the matches. */
  private List<DimensionValue> series(FacetTable table, Query matching) throws IOException {
    if (!request.series().isEmpty()) {
      return request.series().stream()
          .map(
              given ->
                  new DimensionValue(
                      given.dimension(),
                      RequestFilters.canonical(snapshot, given.dimension(), given.value())))
          .toList();
    }
    TimelineRequest.Top top = request.top();
    long[] counts =
        request.search().listsEverything()
            ? table.wholeValueCounts()
            : count(table, matching, new int[0]).valueCounts();
    int dimension = table.dimensions().indexOf(top.dimension());
    List<DimensionValue> values = new ArrayList<>();
    for (int id : table.top(dimension, counts, top.count(), -1)) {
      values.add(new DimensionValue(top.dimension(), table.value(id)));
    }
    return values;
  }

  private ColumnCounting.Tally count(FacetTable table, Query matching, int[] tracked)
      throws IOException {
    int[] known = Arrays.stream(tracked).filter(id -> id >= 0).distinct().toArray();
    ColumnCounting.Tally tally =
        snapshot.search(
            matching,
            deadline.limit(new ColumnCounting(table, -1, known, request.search().companyRole())));
    // Give unknown values (no article has them) their place back, as rows of zeros.
    long[][] days = new long[tracked.length][];
    for (int s = 0; s < tracked.length; s++) {
      int id = tracked[s];
      int k = IntStream.range(0, known.length).filter(i -> known[i] == id).findFirst().orElse(-1);
      days[s] = k < 0 ? new long[table.dayCount()] : tally.trackedDays()[k];
    }
    return new ColumnCounting.Tally(
        tally.matches(), tally.dayCounts(), tally.valueCounts(), tally.anchoredCounts(), days);
  }

  private List<Bucket> buckets(long[] dayCounts, Span span, Interval interval) {
    return DateHistogram.buckets(
        snapshot.facets().firstDay(),
        dayCounts,
        span,
        interval,
        TimelineRequest.MAX_PERIODS,
        "periods");
  }
}

package newsarchive.search.lucene;

import java.util.Arrays;
import java.util.Collection;
import newsarchive.search.CompanyRole;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts a query's matches in one pass over the segment columns of a {@link FacetTable}: matches
 * per day and per value; per value again among the matches that have an anchor value (who appears
 * with whom); and per day for a few tracked values (one line of a timeline each). The filters are
 * in the query, so every match counts; nothing is scored.
 *
 * @param table the facet values and days of the version searched
 * @param anchor the value number whose matches count in {@link Tally#anchoredCounts}, or -1
 * @param tracked the value numbers counted per day, in the order of {@link Tally#trackedDays}
 * @param role the articles a company counts in: every one naming it, or those it is the subject of
 */
record ColumnCounting(FacetTable table, int anchor, int[] tracked, CompanyRole role)
    implements CollectorManager<ColumnCounting.Counter, ColumnCounting.Tally> {

  /**
   * What a pass counted.
   *
   * @param matches how many documents matched
   * @param dayCounts matches per day from the table's first day (undated ones are in no day)
   * @param valueCounts matches per value number
   * @param anchoredCounts matches with the anchor per value number (zeros without an anchor)
   * @param trackedDays per tracked value, its matches per day from the table's first day
   */
  record Tally(
      long matches,
      long[] dayCounts,
      long[] valueCounts,
      long[] anchoredCounts,
      long[][] trackedDays) {}

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Tally reduce(Collection<Counter> counters) {
    long matches = 0;
    long[] days = new long[table.dayCount()];
    long[] values = new long[table.size()];
    long[] anchored = new long[table.size()];
    long[][] trackedDays = new long[tracked.length][table.dayCount()];
    for (Counter counter : counters) {
      matches += counter.matches;
      add(days, counter.dayCounts);
      add(values, counter.valueCounts);
      add(anchored, counter.anchoredCounts);
      for (int t = 0; t < tracked.length; t++) {
        add(trackedDays[t], counter.trackedDays[t]);
      }
    }
    return new Tally(matches, days, values, anchored, trackedDays);
  }

  private static void add(long[] total, int[] part) {
    for (int i = 0; i < total.length; i++) {
      total[i] += part[i];
    }
  }

  /** The counts of one slice of the index. */
  final class Counter implements Collector {

    private long matches;
    private final int[] dayCounts = new int[table.dayCount()];
    private final int[] valueCounts = new int[table.size()];
    private final int[] anchoredCounts = new int[table.size()];
    private final int[][] trackedDays = new int[tracked.length][table.dayCount()];
    private final int[] trackIndex = new int[table.size()];

    private Counter() {
      Arrays.fill(trackIndex, -1);
      for (int t = 0; t < tracked.length; t++) {
        trackIndex[tracked[t]] = t;
      }
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      SegmentColumns columns = table.segment(context.ord);
      int[] valueIds = table.valueIds(context.ord, role);
      int[] ords = columns.ords();
      int firstDay = table.firstDay();
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {
          // Counting needs no scores.
        }

        @Override
        public void collect(int doc) {
          matches++;
          int day = columns.day(doc);
          int dayIndex = day == SegmentColumns.NO_DAY ? -1 : day - firstDay;
          if (dayIndex >= 0) {
            dayCounts[dayIndex]++;
          }
          int start = columns.start(doc, role);
          int end = columns.end(doc, role);
          boolean anchored = false;
          for (int i = start; i < end && anchor >= 0; i++) {
            anchored |= valueIds[ords[i]] == anchor;
          }
          for (int i = start; i < end; i++) {
            int id = valueIds[ords[i]];
            if (id >= 0) {
              valueCounts[id]++;
              if (anchored) {
                anchoredCounts[id]++;
              }
              int t = trackIndex[id];
              if (t >= 0 && dayIndex >= 0) {
                trackedDays[t][dayIndex]++;
              }
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}

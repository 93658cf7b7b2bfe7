package newsarchive.search.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import newsarchive.search.CompanyRole;
import newsarchive.search.DateRange;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SparseFixedBitSet;

/**
 * Drill sideways in one pass over a query's matches, from a {@link FacetTable}: a match that passes
 * every filter is a hit (it counts in every dimension and in the histogram); one that fails only
 * the filter of one dimension counts in that dimension alone, so each dimension's counts show what
 * choosing another of its values would give; one that fails only the date filter counts in the
 * histogram, which shows where the chosen dates sit among all. Nothing is scored: the page of hits
 * comes from a second search that may skip what cannot make the page. By story, the hits and each
 * value count distinct stories (each slice keeps the set of stories it saw per value, and the sets
 * are joined at the end); the histogram always counts articles.
 *
 * @param table the facet values and days of the version searched
 * @param filters the facet and date filters of the request
 * @param byStory whether hits and values count distinct stories rather than articles
 */
record SidewaysCounting(FacetTable table, Filters filters, boolean byStory)
    implements CollectorManager<SidewaysCounting.Counter, SidewaysCounting.Tally> {

  /**
   * What a search finds.
   *
   * @param hits how many matches pass every filter
   * @param stories how many distinct stories those are, when counting by story (else 0)
   * @param valueCounts matches per value number of the table, sideways per dimension
   * @param dayCounts matches per day from the table's first day, all filters but dates applied
   * @param sampleLevel 0 when every match was counted; else the {@link StorySample} level whose
   *     matches were counted, and every figure is an estimate scaled up from them
   */
  record Tally(long hits, long stories, long[] valueCounts, long[] dayCounts, int sampleLevel) {

    /** The figures of all matches estimated from this count of the sample of {@code level}. */
    Tally scaledFrom(int level) {
      long[] values = valueCounts.clone();
      long[] days = dayCounts.clone();
      for (int i = 0; i < values.length; i++) {
        values[i] <<= level;
      }
      for (int i = 0; i < days.length; i++) {
        days[i] <<= level;
      }
      return new Tally(hits << level, stories << level, values, days, level);
    }

    /**
     * This tally with the counts of the dimension at {@code index} (in {@link
     * FacetTable#dimensions}), or of the days for -1, taken from the whole version: what drill
     * sideways gives that dimension when nothing but its own filter narrows the search; companies
     * counted under {@code role}.
     */
    Tally withWholeVersion(FacetTable table, int index, CompanyRole role) {
      if (index < 0) {
        return new Tally(hits, stories, valueCounts, table.wholeDayCounts(), sampleLevel);
      }
      long[] whole = table.wholeValueCounts(role);
      long[] counts = valueCounts.clone();
      for (int id = 0; id < counts.length; id++) {
        if (table.dimensionIndex(id) == index) {
          counts[id] = whole[id];
        }
      }
      return new Tally(hits, stories, counts, dayCounts, sampleLevel);
    }
  }

  /**
   * The request's filters in the table's terms.
   *
   * @param selected per value number, the bit of its dimension when the value is selected, else 0
   * @param required the bits of the dimensions with a selection, and {@link #dates} for a date
   *     range
   * @param dates the bit that stands for the date filter, after one bit per facet dimension
   * @param fromDay the first day allowed, in days since 1970-01-01
   * @param toDay the last day allowed
   * @param role which articles count for a company, in its filter and its counts
   */
  record Filters(
      int[] selected, int required, int dates, int fromDay, int toDay, CompanyRole role) {

    /** Filters for the {@code selections} by dimension, the {@code dates} and the company role. */
    static Filters of(
        FacetTable table, Map<String, List<String>> selections, DateRange dates, CompanyRole role) {
      int[] selected = new int[table.size()];
      int required = 0;
      List<String> dimensions = table.dimensions();
      for (int d = 0; d < dimensions.size(); d++) {
        List<String> values = selections.get(dimensions.get(d));
        if (!values.isEmpty()) {
          required |= 1 << d;
          for (String value : values) {
            int id = table.id(dimensions.get(d), value);
            if (id >= 0) {
              selected[id] = 1 << d;
            }
          }
        }
      }
      int datesBit = 1 << dimensions.size();
      if (dates.isAll()) {
        return new Filters(
            selected, required, datesBit, Integer.MIN_VALUE, Integer.MAX_VALUE, role);
      }
      return new Filters(
          selected,
          required | datesBit,
          datesBit,
          dates.from() == null ? Integer.MIN_VALUE + 1 : Math.toIntExact(dates.from().toEpochDay()),
          dates.to() == null ? Integer.MAX_VALUE : Math.toIntExact(dates.to().toEpochDay()),
          role);
    }
  }

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Tally reduce(Collection<Counter> counters) throws IOException {
    long hits = 0;
    long singleStories = 0;
    long[] valueCounts = new long[table.size()];
    long[] dayCounts = new long[table.dayCount()];
    BitSet hitStories = null;
    BitSet[] valueStories = new BitSet[table.size()];
    for (Counter counter : counters) {
      hits += counter.hits;
      singleStories += counter.singleStories;
      add(valueCounts, counter.valueCounts);
      add(dayCounts, counter.dayCounts);
      if (byStory) {
        hitStories = union(hitStories, counter.hitStories);
        for (int id = 0; id < valueStories.length; id++) {
          valueStories[id] = union(valueStories[id], counter.valueStories[id]);
        }
      }
    }
    if (byStory) {
      for (int id = 0; id < valueCounts.length; id++) {
        valueCounts[id] += valueStories[id] == null ? 0 : valueStories[id].cardinality();
      }
    }
    long sharedStories = hitStories == null ? 0 : hitStories.cardinality();
    return new Tally(hits, singleStories + sharedStories, valueCounts, dayCounts, 0);
  }

  /** {@code into} with {@code other}'s stories added; either may be null (no stories). */
  private static BitSet union(BitSet into, BitSet other) throws IOException {
    if (into == null || other == null) {
      return into == null ? other : into;
    }
    into.or(new BitSetIterator(other, other.approximateCardinality()));
    return into;
  }

  private static void add(long[] total, int[] part) {
    for (int i = 0; i < total.length; i++) {
      total[i] += part[i];
    }
  }

  /** The counts of one slice of the index. */
  final class Counter implements Collector {

    private long hits;

    /** Matches that are the only version of their story: each a story, counted as articles. */
    private long singleStories;

    private final int[] valueCounts = new int[table.size()];
    private final int[] dayCounts = new int[table.dayCount()];
    private final SharedStories shared = table.sharedStories();
    private final FixedBitSet hitStories = byStory ? new FixedBitSet(shared.count()) : null;

    /**
     * Sparse, since an index may have thousands of values (sources) and a set the size of every
     * shared story for each would not fit a 512 MB server at ten million articles.
     */
    private final BitSet[] valueStories = byStory ? new BitSet[table.size()] : null;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      return new SegmentCounter(
          table.segment(context.ord),
          table.valueIds(context.ord, filters.role()),
          shared.segment(context.ord));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Counts the matches in one segment. */
    private final class SegmentCounter implements LeafCollector {

      private final SegmentColumns columns;
      private final CompanyRole role;
      private final int[] valueIds;
      private final int[] ords;
      private final int[] selected;
      private final int required;
      private final int dates;
      private final int fromDay;
      private final int toDay;
      private final int firstDay;
      private final SharedStories.Segment stories;

      private SegmentCounter(
          SegmentColumns columns, int[] valueIds, SharedStories.Segment stories) {
        this.columns = columns;
        this.stories = stories;
        this.role = filters.role();
        this.valueIds = valueIds;
        this.ords = columns.ords();
        this.selected = filters.selected();
        this.required = filters.required();
        this.dates = filters.dates();
        this.fromDay = filters.fromDay();
        this.toDay = filters.toDay();
        this.firstDay = table.firstDay();
      }

      @Override
      public void setScorer(Scorable scorer) {
        // Counting needs no scores.
      }

      @Override
      public void collect(int doc) {
        int start = columns.start(doc, role);
        int end = columns.end(doc, role);
        int met = 0;
        for (int i = start; i < end; i++) {
          int id = valueIds[ords[i]];
          met |= id < 0 ? 0 : selected[id];
        }
        int day = columns.day(doc);
        if (day < fromDay || day > toDay) {
          met &= ~dates;
        } else {
          met |= dates;
        }
        int missing = required & ~met;
        if (missing == 0) {
          hits++;
          if (byStory && stories.isShared(doc)) {
            hitStories.set(stories.story(doc));
          } else if (byStory) {
            singleStories++;
          }
          countValues(doc, start, end, -1);
          countDay(day);
        } else if (missing == dates) {
          countDay(day);
        } else if ((missing & (missing - 1)) == 0 && (missing & dates) == 0) {
          countValues(doc, start, end, Integer.numberOfTrailingZeros(missing));
        }
      }

      /** Count {@code doc}'s values of {@code dimension}, or of every dimension for -1. */
      private void countValues(int doc, int start, int end, int dimension) {
        int story = byStory && stories.isShared(doc) ? stories.story(doc) : -1;
        for (int i = start; i < end; i++) {
          int id = valueIds[ords[i]];
          if (id >= 0 && (dimension < 0 || table.dimensionIndex(id) == dimension)) {
            if (story >= 0) {
              if (valueStories[id] == null) {
                valueStories[id] = new SparseFixedBitSet(Math.max(1, shared.count()));
              }
              valueStories[id].set(story);
            } else {
              valueCounts[id]++;
            }
          }
        }
      }

      private void countDay(int day) {
        if (day != SegmentColumns.NO_DAY) {
          dayCounts[day - firstDay]++;
        }
      }
    }
  }
}

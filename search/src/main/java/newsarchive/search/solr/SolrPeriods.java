package newsarchive.search.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.DateHistogram;
import newsarchive.search.Interval;
import org.apache.solr.common.util.NamedList;

/**
 * Matches counted per period in the JSON Facet API: the span of the dated matches (min and max of
 * the publication date), then a range facet with one range per period over it, whose counts the
 * shared {@link DateHistogram} turns into buckets exactly as the embedded index does.
 */
final class SolrPeriods {

  private static final long DAY_MILLIS = 86_400_000L;

  /**
   * The first and last day with a dated match, as days since 1970-01-01.
   *
   * @param first the first day
   * @param last the last day
   * @param dated the dated matches
   */
  record Span(long first, long last, long dated) {

    /** The span from a facet bucket holding {@link #facets()}, or null when nothing is dated. */
    static Span of(NamedList<Object> bucket) {
      if (bucket == null || bucket.get("first") == null) {
        return null;
      }
      return new Span(
          day(bucket.get("first")),
          day(bucket.get("last")),
          ((Number) bucket.get("dated")).longValue());
    }

    /** The span as the shared histogram takes it. */
    DateHistogram.Span days() {
      return new DateHistogram.Span((int) first, (int) last, dated);
    }

    /**
     * A range facet counting matches per {@code interval} period of this span, one range per period
     * (at most {@code max} + 1, so that too many still reads as too many): far fewer buckets than
     * one per day, which Solr counts slowly.
     */
    Map<String, Object> facet(Interval interval, int max) {
      List<Map<String, Object>> ranges = new ArrayList<>();
      List<Long> starts = starts(interval, max);
      for (int i = 0; i < starts.size(); i++) {
        long end = i + 1 < starts.size() ? starts.get(i + 1) : last + 1;
        // Said rather than left to the defaults: an article at midnight opens its day's period.
        ranges.add(
            Map.of(
                "from",
                starts.get(i) * DAY_MILLIS,
                "to",
                end * DAY_MILLIS,
                "inclusive_from",
                true,
                "inclusive_to",
                false));
      }
      Map<String, Object> range = new LinkedHashMap<>();
      range.put("type", "range");
      range.put("field", ArticleSchema.PUBLISHED);
      range.put("ranges", ranges);
      return range;
    }

    /**
     * Counts per day of this span from the range facet {@code name} in {@code facets} (made by
     * {@link #facet} with the same arguments): each period's count on its first day, so that the
     * shared histogram, summing days into the same periods, gives each period its count. Zeros when
     * the facet is missing (the time limit cut the count short before any bucket).
     */
    @SuppressWarnings("unchecked")
    long[] counts(NamedList<Object> facets, String name, Interval interval, int max) {
      long[] counts = new long[(int) (last - first + 1)];
      NamedList<Object> periods = facets == null ? null : (NamedList<Object>) facets.get(name);
      if (periods != null) {
        List<Long> starts = starts(interval, max);
        List<NamedList<Object>> buckets = (List<NamedList<Object>>) periods.get("buckets");
        for (int i = 0; i < buckets.size() && i < starts.size(); i++) {
          counts[(int) (starts.get(i) - first)] =
              ((Number) buckets.get(i).get("count")).longValue();
        }
      }
      return counts;
    }

    /** The first day within this span of each period, at most {@code max} + 1 of them. */
    private List<Long> starts(Interval interval, int max) {
      List<Long> starts = new ArrayList<>();
      LocalDate end = LocalDate.ofEpochDay(last);
      for (LocalDate start = interval.start(LocalDate.ofEpochDay(first));
          !start.isAfter(end) && starts.size() <= max;
          start = interval.next(start)) {
        starts.add(Math.max(start.toEpochDay(), first));
      }
      return starts;
    }
  }

  private SolrPeriods() {}

  /**
   * The facets giving the first and last publication date of the matches of their domain, and how
   * many of them are dated.
   */
  static Map<String, Object> facets() {
    return Map.of(
        "first", "min(" + ArticleSchema.PUBLISHED + ")",
        "last", "max(" + ArticleSchema.PUBLISHED + ")",
        "dated", "countvals(" + ArticleSchema.PUBLISHED + ")");
  }

  private static long day(Object millis) {
    return Math.floorDiv(((Number) millis).longValue(), DAY_MILLIS);
  }
}

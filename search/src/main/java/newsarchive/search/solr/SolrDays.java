package newsarchive.search.solr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import org.apache.solr.common.util.NamedList;

/**
 * Matches counted per day in the JSON Facet API: the span of the dated matches (min and max of the
 * publication date), then a range facet with one bucket per day over it, which the shared {@link
 * newsarchive.search.DateHistogram} rolls up exactly as the embedded index does.
 */
final class SolrDays {

  private static final long DAY_MILLIS = 86_400_000L;

  /**
   * The first and last day with a dated match, as days since 1970-01-01.
   *
   * @param first the first day
   * @param last the last day
   */
  record Span(long first, long last) {

    /** The span from a facet bucket holding {@link #facets()}, or null when nothing is dated. */
    static Span of(NamedList<Object> bucket) {
      if (bucket == null || bucket.get("first") == null) {
        return null;
      }
      return new Span(day(bucket.get("first")), day(bucket.get("last")));
    }

    /** A range facet counting matches per day of this span. */
    Map<String, Object> dayFacet() {
      Map<String, Object> range = new LinkedHashMap<>();
      range.put("type", "range");
      range.put("field", ArticleSchema.PUBLISHED);
      range.put("start", first * DAY_MILLIS);
      range.put("end", (last + 1) * DAY_MILLIS);
      range.put("gap", DAY_MILLIS);
      return range;
    }

    /**
     * The counts per day of this span from the range facet {@code name} in {@code facets}; zeros
     * when it is missing (the time limit cut the count short before any bucket).
     */
    @SuppressWarnings("unchecked")
    long[] counts(NamedList<Object> facets, String name) {
      long[] counts = new long[(int) (last - first + 1)];
      NamedList<Object> days = facets == null ? null : (NamedList<Object>) facets.get(name);
      if (days != null) {
        for (NamedList<Object> bucket : (List<NamedList<Object>>) days.get("buckets")) {
          counts[(int) (day(bucket.get("val")) - first)] =
              ((Number) bucket.get("count")).longValue();
        }
      }
      return counts;
    }
  }

  private SolrDays() {}

  /** The facets giving the first and last publication date of the matches of their domain. */
  static Map<String, Object> facets() {
    return Map.of(
        "first", "min(" + ArticleSchema.PUBLISHED + ")",
        "last", "max(" + ArticleSchema.PUBLISHED + ")");
  }

  private static long day(Object millis) {
    return Math.floorDiv(((Number) millis).longValue(), DAY_MILLIS);
  }
}

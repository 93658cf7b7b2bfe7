package newsarchive.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import newsarchive.index.ArticleSchema;
import newsarchive.search.CompanyRole;
import newsarchive.search.IndexStats.Count;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values and publication days of one index version: every value of every dimension
 * numbered once across the segments (in byte order of dimension then value, as Lucene orders facet
 * ordinals), each segment's columns with the map from its ordinals to those numbers, and the range
 * of days. Built once per version; a segment's columns carry over from the version before.
 *
 * <p>Subject companies share the doc-values field with the dimensions, so under {@link
 * CompanyRole#SUBJECT} a segment's map gives each subject path the number of the same company and
 * ignores the plain company paths: counting and filtering then see only subjects, unchanged.
 */
final class FacetTable {

  private final List<String> dimensions;
  private final List<SegmentColumns> segments;
  private final Map<CompanyRole, List<int[]>> valueIdsBySegment;
  private final String[] values;
  private final int[] dimensionOf;
  private final Map<String, Map<String, Integer>> ids;
  private final int firstDay;
  private final int dayCount;
  private final Map<CompanyRole, long[]> wholeValueCounts = new EnumMap<>(CompanyRole.class);
  private final long[] wholeDayCounts;
  private final Map<String, List<Count>> valueCounts;
  private final SharedStories sharedStories;

  private FacetTable(
      List<String> dimensions,
      List<SegmentColumns> segments,
      Map<CompanyRole, List<int[]>> valueIdsBySegment,
      String[] values,
      int[] dimensionOf,
      int firstDay,
      int dayCount,
      IndexReader reader) {
    this.dimensions = dimensions;
    this.segments = segments;
    this.valueIdsBySegment = valueIdsBySegment;
    this.values = values;
    this.dimensionOf = dimensionOf;
    this.ids = new HashMap<>();
    for (int id = 0; id < values.length; id++) {
      ids.computeIfAbsent(dimension(id), d -> new HashMap<>()).put(values[id], id);
    }
    this.firstDay = firstDay;
    this.dayCount = dayCount;
    this.wholeDayCounts = new long[dayCount];
    countAll(reader);
    this.valueCounts = sortedCounts();
    this.sharedStories = SharedStories.of(segments);
  }

  /**
   * The table of {@code reader}, reusing the columns in {@code kept} of segments it still has.
   *
   * @param kept columns by segment core key, from the previous version; updated to this one's
   * @param dimensions the names of the facet dimensions, in display order
   */
  static FacetTable of(
      IndexReader reader, Map<Object, SegmentColumns> kept, List<String> dimensions)
      throws IOException {
    List<SegmentColumns> segments = new ArrayList<>();
    Map<Object, SegmentColumns> live = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      IndexReader.CacheHelper cache = leaf.reader().getCoreCacheHelper();
      SegmentColumns columns = cache == null ? null : kept.get(cache.getKey());
      if (columns == null) {
        columns = SegmentColumns.read(leaf.reader());
      }
      if (cache != null) {
        live.put(cache.getKey(), columns);
      }
      segments.add(columns);
    }
    kept.clear();
    kept.putAll(live);

    TreeMap<BytesRef, Integer> numbered = new TreeMap<>();
    segments.forEach(columns -> List.of(columns.paths()).forEach(p -> numbered.put(p, -1)));
    List<String> values = new ArrayList<>();
    List<Integer> dimensionOf = new ArrayList<>();
    for (Map.Entry<BytesRef, Integer> entry : numbered.entrySet()) {
      String[] path = FacetsConfig.stringToPath(entry.getKey().utf8ToString());
      int dimension = dimensions.indexOf(path[0]);
      if (path.length == 2 && dimension >= 0) {
        entry.setValue(values.size());
        values.add(path[1]);
        dimensionOf.add(dimension);
      }
    }
    Map<CompanyRole, List<int[]>> valueIds = new EnumMap<>(CompanyRole.class);
    for (CompanyRole role : CompanyRole.values()) {
      valueIds.put(
          role, segments.stream().map(columns -> valueIds(columns, numbered, role)).toList());
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (SegmentColumns columns : segments) {
      for (int doc = 0; doc < columns.maxDoc(); doc++) {
        int day = columns.day(doc);
        if (day != SegmentColumns.NO_DAY) {
          first = Math.min(first, day);
          last = Math.max(last, day);
        }
      }
    }
    return new FacetTable(
        dimensions,
        segments,
        valueIds,
        values.toArray(String[]::new),
        dimensionOf.stream().mapToInt(Integer::intValue).toArray(),
        first,
        first > last ? 0 : last - first + 1,
        reader);
  }

  /**
   * The value number of each segment ordinal of {@code columns} under {@code role}: the number of
   * the path in {@code numbered}, with the company paths swapped for those of {@code role}'s field.
   */
  private static int[] valueIds(
      SegmentColumns columns, Map<BytesRef, Integer> numbered, CompanyRole role) {
    BytesRef[] paths = columns.paths();
    int[] ids = new int[paths.length];
    for (int ord = 0; ord < paths.length; ord++) {
      String[] path = FacetsConfig.stringToPath(paths[ord].utf8ToString());
      if (path[0].equals(ArticleSchema.COMPANY)) {
        ids[ord] = role == CompanyRole.ANY ? numbered.get(paths[ord]) : -1;
      } else if (path[0].equals(role.field()) && path.length == 2) {
        BytesRef company = new BytesRef(FacetsConfig.pathToString(ArticleSchema.COMPANY, path[1]));
        ids[ord] = numbered.getOrDefault(company, -1);
      } else {
        ids[ord] = numbered.get(paths[ord]);
      }
    }
    return ids;
  }

  /** The names of the facet dimensions, in display order. */
  List<String> dimensions() {
    return dimensions;
  }

  /** The stories of more than one document, numbered. */
  SharedStories sharedStories() {
    return sharedStories;
  }

  /** The columns of the segment at {@code leafOrd} in the reader's leaves. */
  SegmentColumns segment(int leafOrd) {
    return segments.get(leafOrd);
  }

  /**
   * The value number of each segment ordinal of the segment at {@code leafOrd}, a company counting
   * only in the articles where it has {@code role}; -1 for none.
   */
  int[] valueIds(int leafOrd, CompanyRole role) {
    return valueIdsBySegment.get(role).get(leafOrd);
  }

  /** How many values all dimensions have together. */
  int size() {
    return values.length;
  }

  /** The value numbered {@code id}. */
  String value(int id) {
    return values[id];
  }

  /** /** The dimension, as an index into {@link #dimensions}, of value {@code id}. */
  int dimensionIndex(int id) {
    return dimensionOf[id];
  }

  /** The number of {@code value} in {@code dimension}, or -1 when no article has it. */
  int id(String dimension, String value) {
    return ids.getOrDefault(dimension, Map.of()).getOrDefault(value, -1);
  }

  /**
   * The numbers of the {@code limit} values of dimension {@code dimensionIndex} with the highest
   * non-zero {@code counts}, most first, ties in the order of value numbers (byte order of values);
   * value {@code excluded} (-1 for none) is left out.
   */
  int[] top(int dimensionIndex, long[] counts, int limit, int excluded) {
    return IntStream.range(0, values.length)
        .filter(id -> dimensionOf[id] == dimensionIndex && counts[id] > 0 && id != excluded)
        .boxed()
        .sorted(Comparator.comparingLong((Integer id) -> counts[id]).reversed())
        .limit(limit)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** The earliest publication day in this version (days since 1970-01-01). */
  int firstDay() {
    return firstDay;
  }

  /** How many days lie between the earliest and the latest publication, both included. */
  int dayCount() {
    return dayCount;
  }

  /** Articles per value number over the whole version. */
  long[] wholeValueCounts() {
    return wholeValueCounts(CompanyRole.ANY);
  }

  /** Articles per value number over the whole version, companies counted under {@code role}. */
  long[] wholeValueCounts(CompanyRole role) {
    return wholeValueCounts.get(role).clone();
  }

  /** Articles per day from {@link #firstDay} over the whole version. */
  long[] wholeDayCounts() {
    return wholeDayCounts.clone();
  }

  /** Articles per value of {@code dimension} over the whole version, most first. */
  List<Count> valueCounts(String dimension) {
    return valueCounts.getOrDefault(dimension, List.of());
  }

  private String dimension(int id) {
    return dimensions.get(dimensionOf[id]);
  }

  /** Count every live article into {@link #wholeValueCounts} and {@link #wholeDayCounts}. */
  private void countAll(IndexReader reader) {
    long[] any = new long[values.length];
    long[] subject = new long[values.length];
    wholeValueCounts.put(CompanyRole.ANY, any);
    wholeValueCounts.put(CompanyRole.SUBJECT, subject);
    for (LeafReaderContext leaf : reader.leaves()) {
      SegmentColumns columns = segment(leaf.ord);
      int[] anyIds = valueIds(leaf.ord, CompanyRole.ANY);
      int[] subjectIds = valueIds(leaf.ord, CompanyRole.SUBJECT);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < columns.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          for (int i = columns.start(doc); i < columns.end(doc); i++) {
            int ord = columns.ords()[i];
            if (anyIds[ord] >= 0) {
              any[anyIds[ord]]++;
            }
            if (subjectIds[ord] >= 0) {
              subject[subjectIds[ord]]++;
            }
          }
          if (columns.day(doc) != SegmentColumns.NO_DAY) {
            wholeDayCounts[columns.day(doc) - firstDay]++;
          }
        }
      }
    }
  }

  private Map<String, List<Count>> sortedCounts() {
    long[] counts = wholeValueCounts.get(CompanyRole.ANY);
    Map<String, List<Count>> result = new LinkedHashMap<>();
    for (String dimension : dimensions) {
      List<Count> present = new ArrayList<>();
      for (int id = 0; id < values.length; id++) {
        if (dimension(id).equals(dimension) && counts[id] > 0) {
          present.add(new Count(values[id], counts[id]));
        }
      }
      present.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value));
      if (!present.isEmpty()) {
        result.put(dimension, List.copyOf(present));
      }
    }
    return result;
  }
}

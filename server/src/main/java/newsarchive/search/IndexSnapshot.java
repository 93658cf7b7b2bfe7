package newsarchive.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.index.ArticleSchema;
import newsarchive.search.IndexStats.Count;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one index version, with the state that is built once per version: the facet
 * ordinals, the value counts over all articles and the commit time. Every request reads one
 * snapshot from start to end, so a response never mixes two versions.
 */
final class IndexSnapshot extends IndexSearcher {

  /** How many pages and orders of the whole-archive listing each version keeps. */
  private static final int LISTINGS_KEPT = 32;

  private final SortedSetDocValuesReaderState facetState;
  private final Map<String, List<Count>> valueCounts;
  private final Instant committedAt;
  private final Map<SearchRequest, SearchResult> everythingListed = lruMap(LISTINGS_KEPT);

  /** Build the per-version state for {@code reader}. */
  IndexSnapshot(IndexReader reader) throws IOException {
    super(reader);
    this.facetState = hasFacets(reader) ? facetState(reader) : null;
    this.valueCounts = facetState == null ? Map.of() : countValues(facetState);
    this.committedAt = committedAt(reader);
  }

  /** The facet ordinals for drill sideways, or {@code null} when no article has a facet value. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Articles per value of {@code dimension} over the whole index, most first. */
  List<Count> valueCounts(String dimension) {
    return valueCounts.getOrDefault(dimension, List.of());
  }

  /**
   * The result of a request that lists everything, computed once per version: the landing page
   * counts every article's facets and dates, the costliest search there is, and the one asked most.
   * Partial results are not kept.
   */
  SearchResult everythingListed(SearchRequest request, SearchComputation computation)
      throws IOException {
    SearchResult kept;
    synchronized (everythingListed) {
      kept = everythingListed.get(request);
    }
    if (kept == null) {
      kept = computation.compute();
      if (!kept.partial()) {
        synchronized (everythingListed) {
          everythingListed.put(request, kept);
        }
      }
    }
    return kept;
  }

  /** A search that may be answered from what this version has kept. */
  @FunctionalInterface
  interface SearchComputation {
    /** Run the search. */
    SearchResult compute() throws IOException;
  }

  private static <K, V> Map<K, V> lruMap(int capacity) {
    return new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** When this version was committed, or {@code null} for no index. */
  Instant committedAt() {
    return committedAt;
  }

  private static boolean hasFacets(IndexReader reader) {
    FieldInfo info =
        FieldInfos.getMergedFieldInfos(reader)
            .fieldInfo(
                ArticleSchema.facetsConfig().getDimConfig(ArticleSchema.COMPANY).indexFieldName);
    return info != null;
  }

  private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    return new DefaultSortedSetDocValuesReaderState(reader, ArticleSchema.facetsConfig());
  }

  private static Map<String, List<Count>> countValues(SortedSetDocValuesReaderState state)
      throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state);
    Set<String> present = new HashSet<>();
    state.getDims().forEach(present::add);
    Map<String, List<Count>> result = new LinkedHashMap<>();
    for (String dimension : ArticleSchema.FACET_DIMENSIONS) {
      if (present.contains(dimension)) {
        FacetResult all = counts.getAllChildren(dimension);
        result.put(
            dimension,
            Arrays.stream(all.labelValues)
                .map(lv -> new Count(lv.label, lv.value.longValue()))
                .sorted(
                    Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value))
                .toList());
      }
    }
    return result;
  }

  private static Instant committedAt(IndexReader reader) throws IOException {
    if (reader instanceof DirectoryReader directoryReader) {
      String millis =
          directoryReader.getIndexCommit().getUserData().get(ArticleSchema.COMMITTED_AT);
      return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }
    return null;
  }
}

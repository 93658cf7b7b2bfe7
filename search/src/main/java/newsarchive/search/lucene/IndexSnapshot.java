package newsarchive.search.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import newsarchive.index.ArticleSchema;
import newsarchive.query.Synonyms;
import newsarchive.search.Dimension;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one index version, with the state that is built once per version: the facet
 * ordinals, the value counts over all articles, the completions of short prefixes and the commit
 * time. Every request reads one snapshot from start to end, so a response never mixes two versions.
 */
final class IndexSnapshot extends IndexSearcher {

  /**
   * How many answers each version keeps: pages and orders of the whole-archive listing, and the
   * first letters typed (26 single letters and the commonest pairs fit).
   */
  private static final int ANSWERS_KEPT = 128;

  /** A search runs in this many slices at once at most: one per core. */
  private static final int PARALLELISM = Runtime.getRuntime().availableProcessors();

  /** Fewer documents than this in a slice cost more to hand to a thread than to search. */
  private static final int MIN_SLICE_DOCS = 20_000;

  private final List<Dimension> dimensions;
  private final FacetTable facets;
  private final Instant committedAt;
  private final Vocabulary vocabulary;
  private final Synonyms synonyms;
  private final Map<SearchRequest, SearchResult> kept = lruMap(ANSWERS_KEPT);

  /**
   * Build the per-version state for {@code reader}, searching its slices on {@code executor}.
   *
   * @param keptColumns facet columns by segment, reused where the segment is still there, and
   *     updated to this version's segments
   * @param synonyms the other words for typed ones that its queries match
   */
  IndexSnapshot(
      IndexReader reader,
      Executor executor,
      Map<Object, SegmentColumns> keptColumns,
      Synonyms synonyms)
      throws IOException {
    super(reader, executor);
    setQueryCache(FilterCache.CACHE);
    setQueryCachingPolicy(FilterCache.POLICY);
    this.dimensions = dimensions(reader);
    this.facets =
        FacetTable.of(reader, keptColumns, dimensions.stream().map(Dimension::name).toList());
    this.committedAt = committedAt(reader);
    this.vocabulary = new Vocabulary(reader);
    this.synonyms = synonyms.joining(vocabulary);
  }

  /** The other words for typed ones that queries on this version match. */
  Synonyms synonyms() {
    return synonyms;
  }

  /** This version's unstemmed words, with the completions of short prefixes it has looked up. */
  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The facet dimensions this version was written with, in display order. */
  List<Dimension> dimensions() {
    return dimensions;
  }

  /** The facet values and publication days of this version. */
  FacetTable facets() {
    return facets;
  }

  /** Articles per value of {@code dimension} over the whole index, most first. */
  List<Count> valueCounts(String dimension) {
    return facets.valueCounts(dimension);
  }

  /**
   * About one slice per core, splitting large segments, so that one broad search uses every core
   * when the server is not busy.
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    int documents = leaves.stream().mapToInt(leaf -> leaf.reader().maxDoc()).sum();
    int perSlice = Math.max(MIN_SLICE_DOCS, (documents + PARALLELISM - 1) / PARALLELISM);
    return slices(leaves, perSlice, Integer.MAX_VALUE, true);
  }

  /**
   * The result of {@code request}, computed once per version: for the requests that nearly every
   * user asks and that count nearly every article, the costliest there are (the landing page, the
   * first letters typed). Partial results are not kept.
   */
  SearchResult kept(SearchRequest request, SearchComputation computation) throws IOException {
    SearchResult result;
    synchronized (kept) {
      result = kept.get(request);
    }
    if (result == null) {
      result = computation.compute();
      if (!result.partial()) {
        synchronized (kept) {
          kept.put(request, result);
        }
      }
    }
    return result;
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

  /** A value the last reindex recorded with this version's commit, or {@code null}. */
  String commitData(String key) throws IOException {
    return commitData(getIndexReader(), key);
  }

  /** The value recorded under {@code key} with {@code reader}'s commit, or {@code null}. */
  private static String commitData(IndexReader reader, String key) throws IOException {
    String value =
        reader instanceof DirectoryReader directoryReader
            ? directoryReader.getIndexCommit().getUserData().get(key)
            : null;
    return value == null || value.isEmpty() ? null : value;
  }

  private static List<Dimension> dimensions(IndexReader reader) throws IOException {
    return ArticleSchema.described(commitData(reader, ArticleSchema.DIMENSIONS_DATA))
        .entrySet()
        .stream()
        .map(entry -> new Dimension(entry.getKey(), entry.getValue()))
        .toList();
  }

  private static Instant committedAt(IndexReader reader) throws IOException {
    String millis = commitData(reader, ArticleSchema.COMMITTED_AT);
    return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
  }
}

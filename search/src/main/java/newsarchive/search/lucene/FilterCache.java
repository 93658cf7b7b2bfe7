package newsarchive.search.lucene;

import java.io.IOException;
import newsarchive.index.ArticleSchema;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * The snapshots' query cache: Lucene's cache of frequent filters, which also keeps, from their
 * first use, the articles holding a completion of a word being typed. That set is the union of up
 * to {@link Vocabulary#COMPLETIONS} frequent words, so it is the costliest part of a keystroke's
 * search (each search of the request rebuilt it from tens of millions of postings), and the next
 * keystrokes, the page's other searches and other users typing the same letters ask for it again.
 * The cache is per segment, so unchanged segments keep their sets across index versions.
 */
final class FilterCache {

  /** Lucene's default: segments smaller than this are cheap to search without a cache. */
  private static final int MIN_SEGMENT_DOCS = 10_000;

  /**
   * Half Lucene's default bound: 16 MB or a thirty-second of the heap, whichever is less. A set is
   * one bit per article (1.25 MB at ten million), a request needs one, and a heap of 512 MB must
   * hold a ten-million-article archive's columns besides.
   */
  private static final long MAX_BYTES = Math.min(16L << 20, Runtime.getRuntime().maxMemory() / 32);

  /** Shared by every snapshot: entries are per segment, and segments outlive versions. */
  static final QueryCache CACHE =
      new LRUQueryCache(
          1000,
          MAX_BYTES,
          leaf -> leaf.reader().maxDoc() >= MIN_SEGMENT_DOCS,
          // Cache even when a rarer clause leads the search: the set is wanted again right away.
          Float.POSITIVE_INFINITY);

  /** Lucene's usage-based choice of filters to cache, plus every completion set. */
  static final QueryCachingPolicy POLICY =
      new QueryCachingPolicy() {
        private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

        @Override
        public void onUse(Query query) {
          usage.onUse(query);
        }

        @Override
        public boolean shouldCache(Query query) throws IOException {
          return isCompletionSet(query) || usage.shouldCache(query);
        }
      };

  private FilterCache() {}

  private static boolean isCompletionSet(Query query) {
    return query instanceof TermInSetQuery set && set.getField().equals(ArticleSchema.WORDS);
  }
}

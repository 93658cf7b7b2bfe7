package newsarchive.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import newsarchive.search.Rescore;
import newsarchive.search.SortOrder;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * One page of a list that never dead-ends: first the articles with every word (tier 0, what {@code
 * total} and the facets count), then, when those run out, the articles missing one word (tier 1),
 * then two, down to those with a single word, each tier in the request's order. A tier is searched
 * only when the page reaches it, so a query with enough all-words matches costs what it did before.
 *
 * <p>In relevance order, the first all-words matches of a query with a proximity query are
 * reordered by it ({@link ProximityRescore}); the rest follow in their first order.
 */
final class TieredPage {

  /**
   * One hit of the page and the tier it comes from.
   *
   * @param rescored its place among the matches reordered by proximity, or -1 when not among them
   */
  record Ranked(int tier, FieldDoc doc, int rescored) {
    Ranked(int tier, FieldDoc doc) {
      this(tier, doc, -1);
    }
  }

  /**
   * The page's hits, whether more follow, and how many partial matches there are in all (counted
   * only once the page has reached them, else {@code null}).
   */
  record Page(List<Ranked> hits, boolean more, StorySample.Count partialTotal) {}

  /** For {@link #page}: the all-words matches were not counted exactly. */
  static final long UNCOUNTED = -1;

  private final IndexSnapshot snapshot;
  private final Deadline deadline;
  private final SortOrder sort;
  private final QueryWords words;
  private final UnaryOperator<Query> filtered;
  private final ProximityRescore proximity;
  private final DateWindow window;
  private final long exactUpTo;
  private List<Weight> wordWeights;

  /**
   * A tiered list over {@code snapshot} for the query taken apart as {@code words}, each tier
   * narrowed by {@code filtered} (the facet selections and dates), the first all-words matches
   * reordered by {@code proximity} (relevance order) when it is not {@code null}, the first
   * all-words matches in date order looked for in the days of {@code window}, the partial matches
   * counted exactly up to about {@code exactUpTo} and estimated past it.
   */
  TieredPage(
      IndexSnapshot snapshot,
      Deadline deadline,
      SortOrder sort,
      QueryWords words,
      UnaryOperator<Query> filtered,
      ProximityRescore proximity,
      DateWindow window,
      long exactUpTo) {
    this.snapshot = snapshot;
    this.deadline = deadline;
    this.sort = sort;
    this.words = words;
    this.filtered = filtered;
    this.proximity = proximity;
    this.window = window;
    this.exactUpTo = exactUpTo;
  }

  /**
   * The {@code size} hits after {@code start}, skipping {@code offset} more (page numbers), where
   * {@code allWords} is the query of tier 0 and {@code total} its count, or {@link #UNCOUNTED}.
   */
  Page page(Query allWords, long total, Ordering.Position start, int offset, int size)
      throws IOException {
    int tiers = words.allowsPartial() ? words.words().size() : 1;
    List<Ranked> hits = new ArrayList<>();
    int skip = offset;
    StorySample.Count partialTotal = null;
    FieldDoc after = start.after();
    // One hit more than the page, to know whether another page follows.
    for (int tier = start.tier(); tier < tiers && hits.size() <= size; tier++) {
      Query query = filtered.apply(tier == 0 ? allWords : words.missing(tier));
      if (tier > 0 && partialTotal == null) {
        partialTotal =
            StorySample.count(snapshot, filtered.apply(words.someButNotAll()), exactUpTo);
      }
      if (skip > 0 && after == null) {
        long count = tier == 0 && total != UNCOUNTED ? total : snapshot.count(query);
        if (skip >= count) {
          skip -= (int) count;
          continue;
        }
      }
      if (tier == 0 && proximity != null && after == null) {
        // The list from its start: the reordered window, then the rest in their first order.
        int from = start.rescored() + 1 + skip;
        List<Ranked> listed = rescoredFirst(query, Math.max(Rescore.WINDOW, from + size + 1));
        hits.addAll(listed.subList(Math.min(from, listed.size()), listed.size()));
        skip = Math.max(0, skip - listed.size());
        continue;
      }
      int wanted = skip + size + 1 - hits.size();
      TopDocs top =
          tier == 0 && after == null
              ? window.first(query, Ordering.sort(sort), wanted)
              : snapshot.search(
                  query,
                  deadline.limit(
                      new TopFieldCollectorManager(Ordering.sort(sort), wanted, after, wanted)));
      for (int i = skip; i < top.scoreDocs.length; i++) {
        hits.add(new Ranked(tier, (FieldDoc) top.scoreDocs[i]));
      }
      skip = Math.max(0, skip - top.scoreDocs.length);
      after = null;
    }
    boolean more = hits.size() > size;
    return new Page(more ? hits.subList(0, size) : hits, more, partialTotal);
  }

  /**
   * The first {@code wanted} all-words matches, the first {@value Rescore#WINDOW} of them reordered
   * by proximity, each of those with its place in the window.
   */
  private List<Ranked> rescoredFirst(Query query, int wanted) throws IOException {
    ScoreDoc[] top =
        proximity.reorder(
            snapshot.search(
                    query,
                    deadline.limit(
                        new TopFieldCollectorManager(Ordering.sort(sort), wanted, null, wanted)))
                .scoreDocs);
    List<Ranked> listed = new ArrayList<>(top.length);
    for (int i = 0; i < top.length; i++) {
      listed.add(new Ranked(0, (FieldDoc) top[i], i < Rescore.WINDOW ? i : -1));
    }
    return listed;
  }

  /** The words of the query that {@code hit} lacks: none for an all-words hit. */
  List<String> missing(Ranked hit) throws IOException {
    List<String> missing = new ArrayList<>();
    if (hit.tier() == 0) {
      return missing;
    }
    if (wordWeights == null) {
      wordWeights = new ArrayList<>();
      for (Query word : words.words()) {
        wordWeights.add(
            snapshot.createWeight(snapshot.rewrite(word), ScoreMode.COMPLETE_NO_SCORES, 1f));
      }
    }
    List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc().doc, leaves));
    int doc = hit.doc().doc - leaf.docBase;
    for (int i = 0; i < wordWeights.size(); i++) {
      Scorer scorer = wordWeights.get(i).scorer(leaf);
      if (scorer == null || scorer.iterator().advance(doc) != doc) {
        missing.add(words.labels().get(i));
      }
    }
    return missing;
  }
}

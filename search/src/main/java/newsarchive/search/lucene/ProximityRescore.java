package newsarchive.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import newsarchive.search.Rescore;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Reorders the first {@value Rescore#WINDOW} matches in relevance order by their score plus a
 * rescore query's ({@link QueryCompiler#rescore}: the words' proximity, and the companies the query
 * names as the articles' subjects), and by date for a question for when something happened or for a
 * successor, as {@link Rescore} says.
 */
final class ProximityRescore {

  private final IndexSnapshot snapshot;
  private final Query proximity;
  private final Rescore.Best best;

  /**
   * A rescore by {@code proximity} (none when {@code null}) on {@code snapshot}, the best matches
   * ordered as {@code best} says.
   */
  ProximityRescore(IndexSnapshot snapshot, Query proximity, Rescore.Best best) {
    this.snapshot = snapshot;
    this.proximity = proximity;
    this.best = best;
  }

  /**
   * {@code top}, hits in relevance order (each a {@link FieldDoc} whose values are its score and
   * publication time, {@link Ordering#sort}), with the first {@value Rescore#WINDOW} reordered.
   */
  ScoreDoc[] reorder(ScoreDoc[] top) throws IOException {
    int window = Math.min(Rescore.WINDOW, top.length);
    float[] scores = new float[window];
    long[] published = new long[window];
    for (int i = 0; i < window; i++) {
      scores[i] = (Float) ((FieldDoc) top[i]).fields[0];
      long time = (Long) ((FieldDoc) top[i]).fields[1];
      published[i] = time == Long.MIN_VALUE ? Long.MAX_VALUE : time; // undated sorts as newest
    }
    int[] order = Rescore.order(scores, scores(Arrays.copyOf(top, window)), published, best);
    ScoreDoc[] reordered = top.clone();
    for (int i = 0; i < window; i++) {
      reordered[i] = top[order[i]];
    }
    return reordered;
  }

  /** Each hit's proximity score, 0 where the query does not match it. */
  private float[] scores(ScoreDoc[] hits) throws IOException {
    float[] scores = new float[hits.length];
    if (proximity == null) {
      return scores;
    }
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    Weight weight = snapshot.createWeight(snapshot.rewrite(proximity), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        scorer = weight.scorer(leaf);
      }
      int target = doc - leaf.docBase;
      if (scorer != null && scorer.docID() < target) {
        scorer.iterator().advance(target);
      }
      if (scorer != null && scorer.docID() == target) {
        scores[i] = scorer.score();
      }
    }
    return scores;
  }
}

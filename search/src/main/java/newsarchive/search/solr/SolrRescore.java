package newsarchive.search.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Rescore;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The embedded index's rescore on SolrCloud ({@link Rescore}): the first {@value Rescore#WINDOW}
 * matches in relevance order, read with their scores, are reordered by score plus the rescore
 * query's score of each, asked of Solr for those articles alone. Done here rather than by Solr's
 * re-rank query, which re-ranks each shard's first matches before they are merged (so another
 * shard's 60th match could climb into the list's first 50), so that both backends reorder the same
 * window the same way and page through it alike.
 */
final class SolrRescore {

  /** The fields each match to reorder is read with. */
  static final String FIELDS = String.join(",", ArticleSchema.ID, ArticleSchema.PUBLISHED, "score");

  private final SolrCollection collection;
  private final SolrFilters filters;
  private final String query;
  private final Rescore.Best best;

  /**
   * A rescore by the compiled {@code query} ({@link SolrQueryCompiler#rescore}; none when {@code
   * null}), the best matches ordered as {@code best} says.
   */
  SolrRescore(SolrCollection collection, SolrFilters filters, String query, Rescore.Best best) {
    this.collection = collection;
    this.filters = filters;
    this.query = query;
    this.best = best;
  }

  /**
   * {@code ranked}, matches in relevance order each read with {@link #FIELDS}, with the first
   * {@value Rescore#WINDOW} reordered.
   */
  List<SolrDocument> reorder(List<SolrDocument> ranked) throws IOException {
    int window = Math.min(Rescore.WINDOW, ranked.size());
    List<String> ids = new ArrayList<>();
    float[] scores = new float[window];
    long[] published = new long[window];
    for (int i = 0; i < window; i++) {
      SolrDocument doc = ranked.get(i);
      ids.add(id(doc));
      scores[i] = ((Number) doc.getFirstValue("score")).floatValue();
      published[i] =
          doc.getFirstValue(ArticleSchema.PUBLISHED) instanceof Number time
              ? time.longValue()
              : Long.MAX_VALUE;
    }
    Map<String, Float> near = scores(ids);
    float[] added = new float[window];
    for (int i = 0; i < window; i++) {
      added[i] = near.getOrDefault(ids.get(i), 0f);
    }
    List<SolrDocument> reordered = new ArrayList<>(ranked);
    int[] order = Rescore.order(scores, added, published, best);
    for (int i = 0; i < window; i++) {
      reordered.set(i, ranked.get(order[i]));
    }
    return reordered;
  }

  /** The rescore query's score of each of the articles {@code ids} that it matches. */
  private Map<String, Float> scores(List<String> ids) throws IOException {
    Map<String, Float> scores = new HashMap<>();
    if (ids.isEmpty() || query == null) {
      return scores;
    }
    ModifiableSolrParams params = filters.params(query);
    params.add("fq", SolrQueryCompiler.anyOf(ArticleSchema.ID, ids));
    params.set("rows", ids.size());
    params.set("fl", ArticleSchema.ID + ",score");
    for (SolrDocument doc : collection.query(params).getResults()) {
      scores.put(id(doc), ((Number) doc.getFirstValue("score")).floatValue());
    }
    return scores;
  }

  private static String id(SolrDocument doc) {
    return (String) doc.getFirstValue(ArticleSchema.ID);
  }
}

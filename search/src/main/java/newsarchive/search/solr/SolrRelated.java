package newsarchive.search.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsarchive.article.Article;
import newsarchive.index.ArticleSchema;
import newsarchive.search.ArticleView;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The articles sharing the most distinctive words with an article, on SolrCloud: the query Lucene's
 * More Like This makes in the embedded index (same analysis, settings and choice of words, with
 * each word's document frequency over the whole collection), made in the client and searched on
 * every shard. Solr's own {@code {!mlt}} parser fetches the article by a real-time get routed by
 * its id, which finds nothing in a collection routed by story.
 */
final class SolrRelated {

  /** How many words of the article the query keeps, the most distinctive first. */
  private static final int MAX_QUERY_TERMS = 30;

  /** A word found in no other article cannot make another article similar. */
  private static final int MIN_DOC_FREQ = 2;

  /** As Lucene's More Like This: the words after these in a field are not read. */
  private static final int MAX_TOKENS_PARSED = 5000;

  private static final String[] FIELDS = {ArticleSchema.TITLE, ArticleSchema.BODY};

  /** A word of one field with its weight, tf × idf. */
  private record Weighted(String field, String word, float weight) {}

  private final SolrCollection collection;

  SolrRelated(SolrCollection collection) {
    this.collection = collection;
  }

  /** Up to {@code rows} articles most like {@code article}, best first, ties by id. */
  List<ArticleView.Related> of(Article article, int rows) throws IOException {
    List<Weighted> words = distinctiveWords(article);
    if (words.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    StringBuilder query = new StringBuilder("{!bool");
    for (int i = 0; i < words.size(); i++) {
      query.append(" should=$w").append(i);
      params.set("w" + i, "{!term f=" + words.get(i).field() + " v=$t" + i + "}");
      params.set("t" + i, words.get(i).word());
    }
    params.set("q", query.append('}').toString());
    params.set("fq", "-" + SolrQueryCompiler.anyOf(ArticleSchema.ID, List.of(article.id())));
    params.set("sort", "score desc," + ArticleSchema.ID + " asc");
    params.set("rows", rows);
    params.set("fl", SolrArticles.LISTED_FIELDS);
    List<ArticleView.Related> related = new ArrayList<>();
    for (SolrDocument doc : collection.query(params).getResults()) {
      SolrArticles.Listed listed = SolrArticles.listed(doc);
      related.add(
          new ArticleView.Related(
              (String) doc.getFirstValue(ArticleSchema.ID),
              listed.title(),
              listed.published(),
              listed.companies(),
              listed.topics()));
    }
    return related;
  }

  /**
   * The article's {@link #MAX_QUERY_TERMS} words with the highest tf × idf in the collection (idf
   * as Lucene's classic similarity gives it), as Lucene's More Like This chooses them.
   */
  private List<Weighted> distinctiveWords(Article article) throws IOException {
    Map<String, Map<String, Integer>> perField = new HashMap<>();
    addFrequencies(perField, ArticleSchema.TITLE, article.title());
    addFrequencies(perField, ArticleSchema.BODY, article.body());
    Map<String, Map<String, Long>> docFreqs = docFreqs(perField);
    int distinct = perField.values().stream().mapToInt(Map::size).sum();
    int limit = Math.min(MAX_QUERY_TERMS, distinct);
    long docCount = documents();
    ClassicSimilarity similarity = new ClassicSimilarity();
    // Lucene's own queue, filled in the same order as there, so that ties at the cut fall alike.
    PriorityQueue<Weighted> heaviest =
        new PriorityQueue<>(limit) {
          @Override
          protected boolean lessThan(Weighted a, Weighted b) {
            return a.weight() < b.weight();
          }
        };
    perField.forEach(
        (field, frequencies) ->
            frequencies.forEach(
                (word, tf) -> {
                  long docFreq = docFreqs.get(field).getOrDefault(word, 0L);
                  if (docFreq >= MIN_DOC_FREQ) {
                    heaviest.insertWithOverflow(
                        new Weighted(field, word, tf * similarity.idf(docFreq, docCount)));
                  }
                }));
    List<Weighted> words = new ArrayList<>();
    heaviest.forEach(words::add);
    return words;
  }

  private static void addFrequencies(
      Map<String, Map<String, Integer>> perField, String field, String text) {
    if (text == null) {
      return;
    }
    Map<String, Integer> frequencies = perField.computeIfAbsent(field, f -> new HashMap<>());
    List<String> terms = ArticleSchema.terms(field, text);
    for (String term : terms.subList(0, Math.min(terms.size(), MAX_TOKENS_PARSED))) {
      // Not merge(): it grows the table at another size than put() does, which changes the order
      // the words are read in, and so which of the equally weighted words make the cut.
      Integer count = frequencies.get(term);
      frequencies.put(term, count == null ? 1 : count + 1);
    }
  }

  /** How many articles hold each word, per field, over every shard (one terms request). */
  private Map<String, Map<String, Long>> docFreqs(Map<String, Map<String, Integer>> perField)
      throws IOException {
    ModifiableSolrParams params = SolrCollection.handler("/terms");
    params.set("terms.fl", FIELDS);
    // Each word once: a word listed twice is counted twice.
    Set<String> listed = new TreeSet<>();
    perField.values().forEach(words -> words.keySet().forEach(word -> listed.add(escape(word))));
    params.set("terms.list", String.join(",", listed));
    params.set("terms.limit", -1);
    TermsResponse response = collection.query(params).getTermsResponse();
    Map<String, Map<String, Long>> docFreqs = new HashMap<>();
    for (String field : FIELDS) {
      Map<String, Long> counts = new HashMap<>();
      List<TermsResponse.Term> terms = response.getTerms(field);
      if (terms != null) {
        terms.forEach(term -> counts.put(term.getTerm(), term.getFrequency()));
      }
      docFreqs.put(field, counts);
    }
    return docFreqs;
  }

  /** A word in Solr's comma-separated {@code terms.list}, where a backslash escapes. */
  private static String escape(String word) {
    return word.replace("\\", "\\\\").replace(",", "\\,");
  }

  /** How many articles the collection holds, as the embedded index counts a field's documents. */
  private long documents() throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueryCompiler.EVERYTHING);
    params.set("rows", 0);
    return collection.query(params).getResults().getNumFound();
  }
}

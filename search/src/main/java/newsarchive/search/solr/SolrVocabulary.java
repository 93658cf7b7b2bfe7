package newsarchive.search.solr;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Spelling;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The collection's unstemmed words ({@link ArticleSchema#WORDS}) for "did you mean": the terms
 * component for prefixes, and the configset's {@code /spell} handler (Solr's direct spell checker,
 * set up as the embedded index's) for near words.
 */
final class SolrVocabulary implements Spelling.Vocabulary {

  /** How many words each shard proposes for a misspelt one. */
  private static final int PROPOSALS = 5;

  private final SolrCollection collection;

  SolrVocabulary(SolrCollection collection) {
    this.collection = collection;
  }

  @Override
  public boolean begins(String prefix) {
    return !collection.completions(prefix).isEmpty();
  }

  @Override
  public Optional<String> moreCommonNear(String word) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("qt", "/spell");
    params.set("shards.qt", "/spell");
    params.set("q", SolrQueryCompiler.EVERYTHING);
    params.set("spellcheck.q", word);
    // Each shard proposes only its best few words and the merge ranks what they propose: with one
    // each, a shard that lacks the nearest word ("mistral") put a further one ("mistake") first.
    params.set("spellcheck.count", PROPOSALS);
    QueryResponse response = collection.query(params);
    SpellCheckResponse spelling = response.getSpellCheckResponse();
    if (spelling == null || spelling.getSuggestions().isEmpty()) {
      return Optional.empty();
    }
    List<String> alternatives = spelling.getSuggestions().getFirst().getAlternatives();
    return alternatives.isEmpty() ? Optional.empty() : Optional.of(alternatives.getFirst());
  }

  @Override
  public boolean isPlainWord(String word) {
    List<String> tokens = ArticleSchema.terms(ArticleSchema.WORDS, word);
    return tokens.size() == 1 && tokens.getFirst().equals(word);
  }
}

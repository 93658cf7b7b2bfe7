package newsarchive.search.solr;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Spelling;

/**
 * The collection's unstemmed words ({@link ArticleSchema#WORDS}) for "did you mean": the terms
 * component for prefixes, and the configset's {@code /spell} handler for near words, each asked
 * through {@link SolrCollection}.
 */
final class SolrVocabulary implements Spelling.Vocabulary {

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
    return collection.moreCommonNear(word);
  }

  @Override
  public boolean isPlainWord(String word) {
    List<String> tokens = ArticleSchema.terms(ArticleSchema.WORDS, word);
    return tokens.size() == 1 && tokens.getFirst().equals(word);
  }
}

package newsarchive.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Spelling;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean" on the embedded index: {@link Spelling} over the unstemmed {@link
 * ArticleSchema#WORDS} vocabulary, read with Lucene's direct spell checker.
 */
final class SpellCorrector {

  private SpellCorrector() {}

  /** The words of {@code snapshot} as {@link Spelling} reads them. */
  static Spelling.Vocabulary vocabulary(IndexSnapshot snapshot) {
    IndexReader reader = snapshot.getIndexReader();
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMinQueryLength(Spelling.SHORTEST_MISSPELLING);
    return new Spelling.Vocabulary() {
      @Override
      public boolean begins(String prefix) throws IOException {
        return snapshot.vocabulary().begins(prefix);
      }

      @Override
      public Optional<String> moreCommonNear(String word) throws IOException {
        SuggestWord[] better =
            checker.suggestSimilar(
                new Term(ArticleSchema.WORDS, word), 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
        return better.length == 0 ? Optional.empty() : Optional.of(better[0].string);
      }

      @Override
      public boolean isPlainWord(String word) {
        List<QueryCompiler.Token> tokens = QueryCompiler.analyze(ArticleSchema.WORDS, word);
        return tokens.size() == 1 && tokens.getFirst().term().equals(word);
      }
    };
  }
}

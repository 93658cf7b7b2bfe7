package newsarchive.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newsarchive.index.ArticleSchema;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.Field;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Text;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": rewrites the query text with each plain word replaced by a more common indexed
 * word a letter or two away, read from the unstemmed {@link ArticleSchema#WORDS} vocabulary.
 */
final class SpellCorrector {

  private SpellCorrector() {}

  /** The corrected query text, or empty when no word of {@code text} has a better spelling. */
  static Optional<String> correct(IndexReader reader, UserQuery query, String text)
      throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    List<Text> words = new ArrayList<>();
    collectWords(query, words);
    words.sort(Comparator.comparingInt(Text::start));
    StringBuilder corrected = new StringBuilder();
    int pos = 0;
    for (Text word : words) {
      String lower = word.text().toLowerCase(Locale.ROOT);
      List<QueryCompiler.Token> tokens = QueryCompiler.analyze(ArticleSchema.WORDS, word.text());
      if (tokens.size() != 1 || !tokens.getFirst().term().equals(lower)) {
        continue;
      }
      if (word.completing() && !Vocabulary.startingWith(reader, lower, 1).isEmpty()) {
        continue; // an unfinished word that begins indexed words is not a misspelling
      }
      SuggestWord[] better =
          checker.suggestSimilar(
              new Term(ArticleSchema.WORDS, lower), 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
      if (better.length > 0) {
        corrected.append(text, pos, word.start()).append(better[0].string);
        pos = word.end();
      }
    }
    if (pos == 0) {
      return Optional.empty();
    }
    return Optional.of(corrected.append(text, pos, text.length()).toString());
  }

  /**
   * The plain words of {@code query} worth correcting: not phrases, prefixes, facets or exclusions.
   */
  private static void collectWords(UserQuery query, List<Text> words) {
    switch (query) {
      case Text text -> {
        boolean textField =
            text.field() == null || text.field() == Field.TITLE || text.field() == Field.BODY;
        if (textField && !text.phrase() && !text.prefix()) {
          words.add(text);
        }
      }
      case All all -> all.parts().forEach(part -> collectWords(part, words));
      case Any any -> any.parts().forEach(part -> collectWords(part, words));
      case Not not -> {}
    }
  }
}

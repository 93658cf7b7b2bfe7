package newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.Field;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Synonymous;
import newsarchive.query.UserQuery.Text;

/**
 * "Did you mean", the same for every backend: the query text with each plain word replaced by a
 * more common indexed word a letter or two away, as the backend's vocabulary knows them.
 */
public final class Spelling {

  /** What a backend knows of its unstemmed words. */
  public interface Vocabulary {

    /** Whether some indexed word starts with the lower-case {@code prefix}. */
    boolean begins(String prefix) throws IOException;

    /** A more common indexed word a letter or two from the lower-case {@code word}, if any. */
    Optional<String> moreCommonNear(String word) throws IOException;

    /** Whether {@code word} is one plain lower-case word as the vocabulary would index it. */
    boolean isPlainWord(String word);
  }

  /** Fewer hits than this make it worth looking for a better spelling. */
  public static final int FEW_HITS = 3;

  private Spelling() {}

  /** The corrected query text, or empty when no word of {@code text} has a better spelling. */
  public static Optional<String> correct(UserQuery query, String text, Vocabulary vocabulary)
      throws IOException {
    List<Text> words = new ArrayList<>();
    collectWords(query, words);
    words.sort(Comparator.comparingInt(Text::start));
    StringBuilder corrected = new StringBuilder();
    int pos = 0;
    for (Text word : words) {
      String lower = word.text().toLowerCase(Locale.ROOT);
      if (!vocabulary.isPlainWord(lower)) {
        continue;
      }
      if (word.completing() && vocabulary.begins(lower)) {
        continue; // an unfinished word that begins indexed words is not a misspelling
      }
      Optional<String> better = vocabulary.moreCommonNear(lower);
      if (better.isPresent()) {
        corrected.append(text, pos, word.start()).append(better.get());
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
      case Synonymous synonymous -> collectWords(synonymous.typed(), words);
    }
  }
}

package newsarchive.query;

import java.util.Collection;
import java.util.List;

/**
 * An index's unstemmed words, as the expansion of a query asks about them: which typed words some
 * article holds, and which names some article writes with a number run on.
 */
public interface IndexedWords {

  /** The most numbered words one name finds. */
  int MOST_NUMBERED = 8;

  /** Whether some article holds the lower-case {@code word}. */
  boolean holds(String word);

  /**
   * Up to {@link #MOST_NUMBERED} words some article holds that are the lower-case {@code name} with
   * a number run on, and maybe more after it ("trainium2", "log4j", "covid19" for "trainium",
   * "log", "covid"), A to Z.
   */
  List<String> numbered(String name);

  /** The words of {@code words}, as an index holding exactly those would tell. */
  static IndexedWords of(Collection<String> words) {
    return new IndexedWords() {
      @Override
      public boolean holds(String word) {
        return words.contains(word);
      }

      @Override
      public List<String> numbered(String name) {
        return words.stream()
            .filter(
                word ->
                    word.startsWith(name)
                        && word.length() > name.length()
                        && word.charAt(name.length()) >= '0'
                        && word.charAt(name.length()) <= '9')
            .sorted()
            .limit(MOST_NUMBERED)
            .toList();
      }
    };
  }
}

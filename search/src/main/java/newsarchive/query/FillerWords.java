package newsarchive.query;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Text;

/**
 * The words that say how a reader asks rather than what about: those that make a query a question
 * ("why did", "how much has", "who") and "news" (in a news archive, everything is). No article
 * answers with them: a search for {@code why did nvidia's purchase of arm fall through} needs every
 * word it is given, and the articles that answer it say neither "why" nor "did". Like the very
 * common words the analyzer ignores, they are left out of a query's words when the query has
 * others; a quoted phrase, a {@code field:} part, the word still being typed and one written in
 * capitals ("WHO", the World Health Organization) keep them.
 */
final class FillerWords {

  /**
   * Interrogatives, auxiliaries and pronouns, the words a question adds to its subject, and "news";
   * not "may" (a month) nor those the analyzer already ignores ("is", "will", "it").
   */
  private static final Set<String> WORDS =
      Set.of(
          "how", "why", "what", "when", "where", "who", "whom", "whose", "which", "did", "does",
          "do", "has", "have", "had", "were", "been", "being", "can", "could", "would", "should",
          "much", "many", "i", "me", "my", "we", "our", "you", "your", "he", "she", "his", "her",
          "its", "them", "news");

  private FillerWords() {}

  /**
   * {@code query} without the filler words among its top-level words, or as it is when it has
   * nothing else.
   */
  static UserQuery leftOut(UserQuery query) {
    if (!(query instanceof All all)) {
      return query;
    }
    if (all.parts().stream().allMatch(part -> isFiller(part) || excludes(part))) {
      return query;
    }
    List<UserQuery> kept =
        all.parts().stream().filter(part -> !isFiller(part) || ((Text) part).completing()).toList();
    return kept.size() == 1 && !excludes(kept.getFirst()) ? kept.getFirst() : new All(kept);
  }

  private static boolean isFiller(UserQuery part) {
    return part instanceof Text text
        && text.field() == null
        && !text.phrase()
        && !text.prefix()
        && !isAcronym(text.text())
        && WORDS.contains(text.text().toLowerCase(Locale.ROOT));
  }

  /** "WHO", "CAN": two letters or more, all capitals. */
  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static boolean excludes(UserQuery part) {
    return part instanceof UserQuery.Not;
  }
}

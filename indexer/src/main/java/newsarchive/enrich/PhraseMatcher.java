package newsarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds phrases in text word by word, so a match always starts and ends on a word boundary:
 * "pineapple" never holds "apple", "metadata" never holds "meta", and "Microsoft's" holds
 * "Microsoft". Where phrases overlap, the longest wins ("Amazon Web Services" is one match, not
 * "Amazon" plus more).
 */
final class PhraseMatcher {

  /** Shortest stem a {@code word*} pattern may have; shorter ones would match half the language. */
  static final int MIN_STEM = 3;

  /**
   * A phrase to find.
   *
   * @param label what a match means (a company or topic name)
   * @param words the words in order; a word ending in {@code *} matches any word it starts
   * @param exactCase whether each word must match in the case written, as for common-word names
   */
  record Phrase(String label, List<String> words, boolean exactCase) {}

  /** A phrase found at word {@code start}, {@code length} words long. */
  record Match(String label, int start, int length) {}

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();

  /** A matcher for {@code phrases}. */
  PhraseMatcher(List<Phrase> phrases) {
    for (Phrase phrase : phrases) {
      String first = lower(phrase.words().getFirst());
      if (first.endsWith("*")) {
        byFirstStem
            .computeIfAbsent(first.substring(0, MIN_STEM), k -> new ArrayList<>())
            .add(phrase);
      } else {
        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
      }
    }
    Comparator<Phrase> longestFirst = Comparator.comparingInt(p -> -p.words().size());
    byFirstWord.values().forEach(list -> list.sort(longestFirst));
    byFirstStem.values().forEach(list -> list.sort(longestFirst));
  }

  /** Split text into words: runs of letters and digits; everything else separates them. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /**
   * The words of a phrase as written in a table: split like text ("Character.AI" is two words), a
   * trailing {@code *} kept on the last word.
   */
  static List<String> pattern(String phrase) {
    List<String> pattern = new ArrayList<>();
    for (String part : phrase.strip().split("\\s+")) {
      boolean stem = part.endsWith("*");
      List<String> words = words(part);
      if (stem && !words.isEmpty()) {
        words.set(words.size() - 1, words.getLast() + "*");
      }
      pattern.addAll(words);
    }
    return pattern;
  }

  /** The non-overlapping matches in {@code words}, left to right, longest first at each word. */
  List<Match> find(List<String> words) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      String word = lower(words.get(i));
      Phrase best = longest(byFirstWord.get(word), words, i, null);
      if (word.length() >= MIN_STEM) {
        best = longest(byFirstStem.get(word.substring(0, MIN_STEM)), words, i, best);
      }
      if (best == null) {
        i++;
      } else {
        matches.add(new Match(best.label(), i, best.words().size()));
        i += best.words().size();
      }
    }
    return matches;
  }

  private static Phrase longest(List<Phrase> candidates, List<String> words, int at, Phrase best) {
    if (candidates == null) {
      return best;
    }
    for (Phrase phrase : candidates) {
      if (best != null && phrase.words().size() <= best.words().size()) {
        break;
      }
      if (matchesAt(phrase, words, at)) {
        return phrase;
      }
    }
    return best;
  }

  private static boolean matchesAt(Phrase phrase, List<String> words, int at) {
    if (at + phrase.words().size() > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.words().size(); k++) {
      String pattern = phrase.words().get(k);
      String word = words.get(at + k);
      boolean matches =
          pattern.endsWith("*")
              ? lower(word).startsWith(lower(pattern.substring(0, pattern.length() - 1)))
              : phrase.exactCase() ? word.equals(pattern) : word.equalsIgnoreCase(pattern);
      if (!matches) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}

package newsarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

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

  /**
   * Text split into words, kept both as written and in lower case, so that matching many phrases
   * (or many topics' phrases) lower-cases each word only once.
   */
  record Words(List<String> written, List<String> lower) {

    /** Split {@code text} into words: runs of letters and digits; all else separates them. */
    static Words of(String text) {
      List<String> written = new ArrayList<>();
      int start = -1;
      for (int i = 0; i <= text.length(); i++) {
        boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
        if (wordChar && start < 0) {
          start = i;
        } else if (!wordChar && start >= 0) {
          written.add(text.substring(start, i));
          start = -1;
        }
      }
      return new Words(written, written.stream().map(PhraseMatcher::lower).toList());
    }

    /** The number of words. */
    int size() {
      return written.size();
    }
  }

  /** A phrase with its words lower-cased and its stems marked, ready to compare. */
  private record Pattern(Phrase phrase, String[] lower, boolean[] stem) {

    /** Prepare {@code phrase} for matching. */
    static Pattern of(Phrase phrase) {
      int n = phrase.words().size();
      String[] lower = new String[n];
      boolean[] stem = new boolean[n];
      for (int k = 0; k < n; k++) {
        String word = PhraseMatcher.lower(phrase.words().get(k));
        stem[k] = word.endsWith("*");
        lower[k] = stem[k] ? word.substring(0, word.length() - 1) : word;
      }
      return new Pattern(phrase, lower, stem);
    }

    /** The number of words. */
    int length() {
      return lower.length;
    }

    /** Whether the phrase matches {@code words} from word {@code at} on. */
    boolean matchesAt(Words words, int at) {
      if (at + length() > words.size()) {
        return false;
      }
      for (int k = 0; k < length(); k++) {
        String word = words.lower().get(at + k);
        boolean matches =
            stem[k]
                ? word.startsWith(lower[k])
                : phrase.exactCase()
                    ? words.written().get(at + k).equals(phrase.words().get(k))
                    : word.equals(lower[k]);
        if (!matches) {
          return false;
        }
      }
      return true;
    }
  }

  private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();
  private final Map<String, List<Pattern>> byFirstStem = new HashMap<>();

  /** A matcher for {@code phrases}. */
  PhraseMatcher(List<Phrase> phrases) {
    for (Phrase phrase : phrases) {
      Pattern pattern = Pattern.of(phrase);
      boolean stem = pattern.stem()[0];
      String first = pattern.lower()[0];
      (stem ? byFirstStem : byFirstWord)
          .computeIfAbsent(stem ? first.substring(0, MIN_STEM) : first, k -> new ArrayList<>())
          .add(pattern);
    }
    Comparator<Pattern> longestFirst = Comparator.comparingInt(p -> -p.length());
    byFirstWord.values().forEach(list -> list.sort(longestFirst));
    byFirstStem.values().forEach(list -> list.sort(longestFirst));
  }

  /**
   * The words of a phrase as written in a table: split like text ("Character.AI" is two words), a
   * trailing {@code *} kept on the last word.
   */
  static List<String> pattern(String phrase) {
    List<String> pattern = new ArrayList<>();
    for (String part : phrase.strip().split("\\s+")) {
      boolean stem = part.endsWith("*");
      List<String> words = new ArrayList<>(Words.of(part).written());
      if (stem && !words.isEmpty()) {
        words.set(words.size() - 1, words.getLast() + "*");
      }
      pattern.addAll(words);
    }
    return pattern;
  }

  /** The non-overlapping matches in {@code words}, left to right, longest first at each word. */
  List<Match> find(Words words) {
    return find(words, IntStream.range(0, words.size()).toArray());
  }

  /**
   * The same matches as {@link #find(Words)}, looking only at {@code starts}: ascending positions
   * that include every one where a phrase of this matcher may start (see {@link #starts}).
   */
  List<Match> find(Words words, int[] starts) {
    List<Match> matches = new ArrayList<>();
    int next = 0;
    for (int i : starts) {
      if (i < next) {
        continue;
      }
      String word = words.lower().get(i);
      Pattern best = longest(byFirstWord.get(word), words, i, null);
      if (word.length() >= MIN_STEM) {
        best = longest(byFirstStem.get(word.substring(0, MIN_STEM)), words, i, best);
      }
      if (best != null) {
        matches.add(new Match(best.phrase().label(), i, best.length()));
        next = i + best.length();
      }
    }
    return matches;
  }

  /** The positions in {@code words} where one of this matcher's phrases may start. */
  int[] starts(Words words) {
    return IntStream.range(0, words.size())
        .filter(
            i -> {
              String word = words.lower().get(i);
              return byFirstWord.containsKey(word)
                  || (word.length() >= MIN_STEM
                      && byFirstStem.containsKey(word.substring(0, MIN_STEM)));
            })
        .toArray();
  }

  private static Pattern longest(List<Pattern> candidates, Words words, int at, Pattern best) {
    if (candidates == null) {
      return best;
    }
    for (Pattern pattern : candidates) {
      if (best != null && pattern.length() <= best.length()) {
        break;
      }
      if (pattern.matchesAt(words, at)) {
        return pattern;
      }
    }
    return best;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}

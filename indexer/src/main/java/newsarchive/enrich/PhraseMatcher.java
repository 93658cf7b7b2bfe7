package newsarchive.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 *
 * @param <T> what a phrase means (a company's name, a topic)
 */
final class PhraseMatcher<T> {

  /** Shortest stem a {@code word*} pattern may have; shorter ones would match half the language. */
  static final int MIN_STEM = 3;

  /**
   * A phrase to find.
   *
   * @param value what a match means
   * @param words the words in order; a word ending in {@code *} matches any word it starts
   * @param exactCase whether each word must match in the case written, as for common-word names
   */
  record Phrase<T>(T value, List<String> words, boolean exactCase) {}

  /** A phrase found at word {@code start}, {@code length} words long. */
  record Match<T>(T value, int start, int length, boolean exactCase) {}

  /** A phrase with its words lower-cased and its stems marked, ready to compare. */
  private record Pattern<T>(Phrase<T> phrase, String[] lower, boolean[] stem) {

    /** Prepare {@code phrase} for matching. */
    static <T> Pattern<T> of(Phrase<T> phrase) {
      int n = phrase.words().size();
      String[] lower = new String[n];
      boolean[] stem = new boolean[n];
      for (int k = 0; k < n; k++) {
        String word = phrase.words().get(k).toLowerCase(Locale.ROOT);
        stem[k] = word.endsWith("*");
        lower[k] = stem[k] ? word.substring(0, word.length() - 1) : word;
      }
      return new Pattern<>(phrase, lower, stem);
    }

    /** The number of words. */
    int length() {
      return lower.length;
    }

    /** Whether the phrase matches {@code words} from word {@code at} on. */
    boolean matchesAt(Words words, int at, boolean ignoreCase) {
      if (at + length() > words.size()) {
        return false;
      }
      boolean exactCase = phrase.exactCase() && !ignoreCase;
      for (int k = 0; k < length(); k++) {
        String word = words.lower().get(at + k);
        boolean matches =
            stem[k]
                ? word.startsWith(lower[k])
                : exactCase
                    ? words.written().get(at + k).equals(phrase.words().get(k))
                    : word.equals(lower[k]);
        if (!matches) {
          return false;
        }
      }
      return true;
    }
  }

  private final Map<String, List<Pattern<T>>> byFirstWord = new HashMap<>();
  private final Map<String, List<Pattern<T>>> byFirstStem = new HashMap<>();

  private static final int STEM_FILTER_SIZE = 1 << 12;

  /** The slots ({@link #stemSlot}) of the keys of {@link #byFirstStem}. */
  private final BitSet stemFilter = new BitSet(STEM_FILTER_SIZE);

  private final Map<String, List<T>> valuesByFirstWord;
  private final Map<String, List<T>> valuesByFirstStem;

  private int longest;

  /** A matcher for {@code phrases}. */
  PhraseMatcher(List<Phrase<T>> phrases) {
    for (Phrase<T> phrase : phrases) {
      Pattern<T> pattern = Pattern.of(phrase);
      longest = Math.max(longest, pattern.length());
      boolean stem = pattern.stem()[0];
      String first = pattern.lower()[0];
      (stem ? byFirstStem : byFirstWord)
          .computeIfAbsent(stem ? first.substring(0, MIN_STEM) : first, k -> new ArrayList<>())
          .add(pattern);
      if (stem) {
        stemFilter.set(stemSlot(first));
      }
    }
    Comparator<Pattern<T>> longestFirst = Comparator.comparingInt(p -> -p.length());
    byFirstWord.values().forEach(list -> list.sort(longestFirst));
    byFirstStem.values().forEach(list -> list.sort(longestFirst));
    valuesByFirstWord = values(byFirstWord);
    valuesByFirstStem = values(byFirstStem);
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
  List<Match<T>> find(Words words) {
    return find(words, IntStream.range(0, words.size()).toArray(), false);
  }

  /**
   * The same matches as {@link #find(Words)}, looking only at {@code starts}: ascending positions
   * that include every one where a phrase of this matcher may start (see {@link #starts}).
   *
   * @param ignoreCase whether to match even exact-case phrases in any case
   */
  List<Match<T>> find(Words words, int[] starts, boolean ignoreCase) {
    List<Match<T>> matches = new ArrayList<>();
    int next = 0;
    for (int i : starts) {
      if (i < next) {
        continue;
      }
      Pattern<T> best = longestAt(words, i, ignoreCase);
      if (best != null) {
        matches.add(
            new Match<>(best.phrase().value(), i, best.length(), best.phrase().exactCase()));
        next = i + best.length();
      }
    }
    return matches;
  }

  /** The longest phrase matching at word {@code i}, or {@code null}. */
  private Pattern<T> longestAt(Words words, int i, boolean ignoreCase) {
    String word = words.lower().get(i);
    Pattern<T> best = longest(byFirstWord.get(word), words, i, null, ignoreCase);
    if (mayStartWithStem(word)) {
      best = longest(byFirstStem.get(word.substring(0, MIN_STEM)), words, i, best, ignoreCase);
    }
    return best;
  }

  /**
   * Whether one of these phrases, in the case it asks for, overlaps {@code match}: looks only at
   * the few words where such a phrase could start.
   */
  boolean overlaps(Words words, Match<?> match) {
    for (int i = Math.max(0, match.start() - longest + 1);
        i < match.start() + match.length();
        i++) {
      Pattern<T> found = longestAt(words, i, false);
      if (found != null && i + found.length() > match.start()) {
        return true;
      }
    }
    return false;
  }

  /** The positions in {@code words} where one of this matcher's phrases may start. */
  int[] starts(Words words) {
    int[] starts = new int[Math.min(words.size(), 16)];
    int count = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = words.lower().get(i);
      if (byFirstWord.containsKey(word)
          || (mayStartWithStem(word) && byFirstStem.containsKey(word.substring(0, MIN_STEM)))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, 2 * count);
        }
        starts[count++] = i;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /**
   * The positions of {@link #starts} by the value of the phrases that may start there, each
   * ascending: where several matchers share one word list, each need look only at its own.
   */
  Map<T, int[]> startsByValue(Words words) {
    return startsByValue(words, words.size());
  }

  /** The positions of {@link #startsByValue} among the first {@code end} words. */
  Map<T, int[]> startsByValue(Words words, int end) {
    Map<T, Positions> byValue = new HashMap<>();
    for (int i = 0; i < end; i++) {
      String word = words.lower().get(i);
      note(valuesByFirstWord.get(word), i, byValue);
      if (mayStartWithStem(word)) {
        note(valuesByFirstStem.get(word.substring(0, MIN_STEM)), i, byValue);
      }
    }
    Map<T, int[]> starts = new HashMap<>();
    byValue.forEach((value, positions) -> starts.put(value, positions.toArray()));
    return starts;
  }

  private static <T> void note(List<T> values, int i, Map<T, Positions> into) {
    if (values != null) {
      for (T value : values) {
        into.computeIfAbsent(value, v -> new Positions()).add(i);
      }
    }
  }

  /** The distinct values of each key's patterns, for {@link #startsByValue}. */
  private static <T> Map<String, List<T>> values(Map<String, List<Pattern<T>>> byKey) {
    Map<String, List<T>> values = new HashMap<>();
    byKey.forEach(
        (key, patterns) ->
            values.put(key, patterns.stream().map(p -> p.phrase().value()).distinct().toList()));
    return values;
  }

  /** Ascending word positions, each noted once. */
  private static final class Positions {
    private int[] at = new int[8];
    private int count;

    void add(int i) {
      if (count > 0 && at[count - 1] == i) {
        return;
      }
      if (count == at.length) {
        at = Arrays.copyOf(at, 2 * count);
      }
      at[count++] = i;
    }

    int[] toArray() {
      return Arrays.copyOf(at, count);
    }
  }

  /**
   * Whether a {@code word*} pattern may start {@code word}: false for most words, without the
   * substring that looking up its first letters takes.
   */
  private boolean mayStartWithStem(String word) {
    return word.length() >= MIN_STEM && stemFilter.get(stemSlot(word));
  }

  /** A slot of {@link #stemFilter} for the first {@value #MIN_STEM} letters of {@code word}. */
  private static int stemSlot(String word) {
    return ((word.charAt(0) * 31 + word.charAt(1)) * 31 + word.charAt(2)) & (STEM_FILTER_SIZE - 1);
  }

  private static <T> Pattern<T> longest(
      List<Pattern<T>> candidates, Words words, int at, Pattern<T> best, boolean ignoreCase) {
    if (candidates == null) {
      return best;
    }
    for (Pattern<T> pattern : candidates) {
      if (best != null && pattern.length() <= best.length()) {
        break;
      }
      if (pattern.matchesAt(words, at, ignoreCase)) {
        return pattern;
      }
    }
    return best;
  }
}

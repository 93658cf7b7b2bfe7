package newsarchive.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of the synthetic corpus by rank: real news words at the top, pseudo-words in the long
 * tail, and a few real words planted at known deep ranks so that queries can ask for rare terms.
 * Built from a fixed seed, so every corpus shares one vocabulary.
 */
final class Vocabulary {

  private static final String[] ONSETS = {
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
    "cr", "dr", "gr", "pl", "st", "tr", "sh", "ch", "th", "sl", "qu"
  };
  private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"};
  private static final String[] CODAS = {"", "", "n", "r", "s", "l", "t", "m", "x", "nd", "rk"};

  private final String[] words;

  private Vocabulary(String[] words) {
    this.words = words;
  }

  /** The vocabulary of {@code size} words, none of which is one of the {@code reserved} forms. */
  static Vocabulary of(int size, Set<String> reserved) {
    Set<String> words = new LinkedHashSet<>(BundledText.lines("words.txt"));
    List<String[]> planted =
        BundledText.lines("rare-words.tsv").stream().map(l -> l.split("\t")).toList();
    Set<String> taken = new HashSet<>(words);
    planted.forEach(p -> taken.add(p[1]));
    reserved.forEach(r -> taken.add(r.toLowerCase()));
    List<String> ranked = new ArrayList<>(words);
    SplittableRandom random = new SplittableRandom(20260429L);
    while (ranked.size() < size) {
      String word = pseudoWord(random);
      if (taken.add(word)) {
        ranked.add(word);
      }
    }
    for (String[] plant : planted) {
      int rank = Math.min(Integer.parseInt(plant[0]), ranked.size() - 1);
      ranked.add(rank, plant[1]);
    }
    return new Vocabulary(ranked.subList(0, size).toArray(String[]::new));
  }

  /** The word at this rank. */
  String word(int rank) {
    return words[rank];
  }

  /** The number of words. */
  int size() {
    return words.length;
  }

  private static String pseudoWord(SplittableRandom random) {
    StringBuilder word = new StringBuilder();
    // Mostly two syllables, like the long tail of real English; a third now and then.
    int syllables = random.nextInt(10) < 7 ? 2 : 3;
    for (int i = 0; i < syllables; i++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)]);
      word.append(NUCLEI[random.nextInt(NUCLEI.length)]);
    }
    return word.append(CODAS[random.nextInt(CODAS.length)]).toString();
  }
}

package newsarchive.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How rare each content word is in news, as the weight {@link StorySignature#raritySimilarity}
 * gives it: the inverse document frequency, ln((n + 1) / (units + 1)), of the word among the n
 * articles of the table {@code word-rarity.tsv} (written by {@code indexer/tools/word_rarity.py}
 * from the labelled sets, news of many trades). Two write-ups of one recall share "coolant" and
 * "dealers", which weigh much; two stories of one week share "company" and "billion", which weigh
 * little. The weights are kept by the words' 16-bit hashes, as the signature keeps the words; where
 * two listed words share a hash, the commoner's weight is kept, and a word the table does not list
 * weighs as the rarest.
 */
final class WordRarity {

  private static final String TABLE = "word-rarity.tsv";

  /** The line giving the number of articles the table counted. */
  private static final String TOTAL = "*";

  private static final float[] WEIGHTS = load();

  private WordRarity() {}

  /** The weight of the content word whose 16-bit hash is {@code word}. */
  static float weight(char word) {
    return WEIGHTS[word];
  }

  private static float[] load() {
    float[] weights = new float[Character.MAX_VALUE + 1];
    try (InputStream in = WordRarity.class.getResourceAsStream(TABLE);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      double total = -1;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String word = line.substring(0, tab);
        int units = Integer.parseInt(line.substring(tab + 1));
        if (word.equals(TOTAL)) {
          total = units;
          Arrays.fill(weights, (float) Math.log(total + 1));
        } else {
          char hash = StorySignature.contentWordHash(word);
          weights[hash] = Math.min(weights[hash], (float) Math.log((total + 1) / (units + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    return weights;
  }
}

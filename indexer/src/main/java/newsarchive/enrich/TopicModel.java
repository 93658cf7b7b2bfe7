package newsarchive.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How likely an article is to be about each topic, learnt from labelled articles: a logistic
 * regression per topic over the article's words, its headline's words and its pairs of adjacent
 * words (function words left out), each present or not, the vector scaled to unit length. It reads
 * the way writers say a thing without the table's words ("banked £30m from backers", "customers
 * stared at spinning wheels"), which a table of cues can list only one by one; {@link TopicTagger}
 * lets it add a topic the cues missed and drop one its cues alone would give.
 *
 * <p>Learnt by full-batch gradient descent on the logistic loss with an L2 penalty, from zero, in a
 * fixed order, so the same examples always give the same model; weights are rounded to {@value
 * #DECIMALS} decimals and those under {@value #LEAST_WEIGHT} dropped, so a model learnt in memory
 * and one read from its file are the same. Kept as {@code topics-model.tsv} beside {@code
 * topics.tsv}: {@code (bias)} and each feature ({@code word}, {@code t:word} for the headline,
 * {@code word_word} for a pair), then its weights as {@code topic:weight}.
 */
public final class TopicModel {

  /** The file name beside the topic table. */
  public static final String FILE = "topics-model.tsv";

  /** A feature must appear in this many examples to be learnt: rarer ones are noise. */
  static final int MIN_EXAMPLES = 3;

  /**
   * Rounds of gradient descent. Chosen by cross-validation by split over the 572 labelled articles
   * (F1 0.919 after 150 rounds, 0.924 after 300, 0.928 after 500, 0.929 after 800; trap articles
   * tagged 21, 16, 10 and 9 of 168): the model sure of more articles vetoes more cues in other
   * senses, and past 500 rounds the gain no longer pays for the learning time.
   */
  static final int EPOCHS = 500;

  static final double LEARNING_RATE = 50;

  /** The inverse strength of the L2 penalty (per example). */
  static final double INVERSE_PENALTY = 1000;

  static final int DECIMALS = 3;
  static final double LEAST_WEIGHT = 0.1;

  private static final String BIAS = "(bias)";

  /** Words too common to tell topics apart. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "the", "a", "an", "of", "to", "in", "and", "for", "on", "with", "as", "at", "by", "from",
          "is", "are", "was", "were", "be", "it", "its", "that", "this", "said", "says", "will",
          "has", "have", "had", "but", "or", "not");

  private static final long TITLE_SALT = 0x7469746c65L;

  /**
   * A labelled article to learn from.
   *
   * @param title its headline
   * @param body its text
   * @param topics the topics it is about (none for an article about none)
   */
  public record Example(String title, String body, List<String> topics) {}

  private final List<String> topics;
  private final double[] bias;

  /** Each feature's hash to its weights, one per topic. */
  private final Map<Long, double[]> weights;

  /** Each feature as written, for the file. */
  private final Map<Long, String> names;

  /**
   * The features' hashes in an open-addressing table (0 for an empty slot), and each slot's
   * weights: tagging looks up some 600 features an article, and boxed keys made that cost more than
   * the cues.
   */
  private final long[] slots;

  private final double[][] slotWeights;

  private TopicModel(
      List<String> topics, double[] bias, Map<Long, double[]> weights, Map<Long, String> names) {
    this.topics = List.copyOf(topics);
    this.bias = bias;
    this.weights = weights;
    this.names = names;
    int size = Integer.highestOneBit(Math.max(1, weights.size()) * 4);
    this.slots = new long[size];
    this.slotWeights = new double[size][];
    weights.forEach(
        (hash, w) -> {
          int slot = slot(hash);
          slots[slot] = nonZero(hash);
          slotWeights[slot] = w;
        });
  }

  /** The slot of {@code hash}: its own, or the empty one where it would go. */
  private int slot(long hash) {
    long key = nonZero(hash);
    int mask = slots.length - 1;
    int slot = (int) key & mask;
    while (slots[slot] != 0 && slots[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long nonZero(long hash) {
    return hash == 0 ? 1 : hash;
  }

  /** A model that knows no topic. */
  public static TopicModel none() {
    return new TopicModel(List.of(), new double[0], Map.of(), Map.of());
  }

  /** The topics it knows, in its order. */
  public List<String> topics() {
    return topics;
  }

  /**
   * Each known topic's probability for an article of these words, in the order of {@link
   * #topics()}.
   */
  public double[] probabilities(Words title, Words body) {
    double[] p = bias.clone();
    if (topics.isEmpty()) {
      return p;
    }
    Found found = new Found();
    forEachFeature(title, body, found);
    // Each learnt feature counts once, however often the article has it, as in learning, where
    // features under MIN_EXAMPLES were left out before scaling.
    int[] hits = Arrays.copyOf(found.slots, found.count);
    Arrays.sort(hits);
    double[] sum = new double[p.length];
    int distinct = 0;
    for (int i = 0; i < hits.length; i++) {
      if (i > 0 && hits[i] == hits[i - 1]) {
        continue;
      }
      distinct++;
      double[] w = slotWeights[hits[i]];
      for (int t = 0; t < sum.length; t++) {
        sum[t] += w[t];
      }
    }
    double scale = distinct == 0 ? 0 : 1 / Math.sqrt(distinct);
    for (int t = 0; t < p.length; t++) {
      p[t] = 1 / (1 + Math.exp(-(p[t] + scale * sum[t])));
    }
    return p;
  }

  /** The slots of the learnt features an article has, repeats included. */
  private final class Found implements FeatureSink {
    int[] slots = new int[256];
    int count;

    @Override
    public void feature(long hash, Kind kind, String word, String previous) {
      int slot = slot(hash);
      if (TopicModel.this.slots[slot] != 0) {
        if (count == slots.length) {
          slots = Arrays.copyOf(slots, count * 2);
        }
        slots[count++] = slot;
      }
    }
  }

  /** Learn a model of {@code topics} from {@code examples}. */
  public static TopicModel learn(List<Example> examples, List<String> topics) {
    List<Map<Long, String>> perExample = new ArrayList<>();
    Map<Long, Integer> examplesWith = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    for (Example example : examples) {
      Map<Long, String> features = new LinkedHashMap<>();
      forEachFeature(
          Words.of(example.title()),
          Words.of(example.body()),
          (hash, kind, word, previous) ->
              features.computeIfAbsent(hash, h -> kind.name(word, previous)));
      perExample.add(features);
      features.forEach(
          (hash, name) -> {
            examplesWith.merge(hash, 1, Integer::sum);
            names.put(hash, name);
          });
    }
    // Learnt features in the order of their names, so the arithmetic runs the same every time.
    long[] vocabulary =
        examplesWith.entrySet().stream()
            .filter(e -> e.getValue() >= MIN_EXAMPLES)
            .map(Map.Entry::getKey)
            .sorted((a, b) -> names.get(a).compareTo(names.get(b)))
            .mapToLong(Long::longValue)
            .toArray();
    Map<Long, Integer> index = new HashMap<>();
    for (int f = 0; f < vocabulary.length; f++) {
      index.put(vocabulary[f], f);
    }
    int n = examples.size();
    int k = topics.size();
    int[][] rows = new int[n][];
    double[] scale = new double[n];
    double[][] labels = new double[n][k];
    for (int i = 0; i < n; i++) {
      rows[i] =
          perExample.get(i).keySet().stream()
              .map(index::get)
              .filter(f -> f != null)
              .mapToInt(Integer::intValue)
              .sorted()
              .toArray();
      scale[i] = rows[i].length == 0 ? 0 : 1 / Math.sqrt(rows[i].length);
      for (String topic : examples.get(i).topics()) {
        int t = topics.indexOf(topic);
        if (t >= 0) {
          labels[i][t] = 1;
        }
      }
    }
    double[] w = new Descent(rows, scale, labels, vocabulary.length, k).weights();
    double[] b = Arrays.copyOfRange(w, vocabulary.length * k, w.length);
    Map<Long, double[]> kept = new HashMap<>();
    Map<Long, String> keptNames = new HashMap<>();
    for (int f = 0; f < vocabulary.length; f++) {
      double[] rounded = Arrays.stream(w, f * k, (f + 1) * k).map(TopicModel::round).toArray();
      if (Arrays.stream(rounded).anyMatch(x -> x != 0)) {
        kept.put(vocabulary[f], rounded);
        keptNames.put(vocabulary[f], names.get(vocabulary[f]));
      }
    }
    return new TopicModel(
        topics, Arrays.stream(b).map(TopicModel::round).toArray(), kept, keptNames);
  }

  /**
   * Full-batch gradient descent on the logistic loss with an L2 penalty. Feature f's weight for
   * topic t is at [f * k + t] and the biases follow the features, in one flat array filled again
   * every round rather than allocated, as learning runs hundreds of rounds over thousands of
   * features. A round is a method of its own so the JIT compiles it whole rather than from inside
   * the loop that runs it once.
   */
  private static final class Descent {
    private final int[][] rows;
    private final double[] scale;
    private final double[][] labels;
    private final int k;
    private final int biases;
    private final double[] w;
    private final double[] gradient;
    private final double[] z;
    private final double[] scaledError;

    Descent(int[][] rows, double[] scale, double[][] labels, int features, int k) {
      this.rows = rows;
      this.scale = scale;
      this.labels = labels;
      this.k = k;
      this.biases = features * k;
      this.w = new double[biases + k];
      this.gradient = new double[w.length];
      this.z = new double[k];
      this.scaledError = new double[k];
    }

    /** The weights after {@value #EPOCHS} rounds from zero. */
    double[] weights() {
      for (int epoch = 0; epoch < EPOCHS; epoch++) {
        round();
      }
      return w;
    }

    private void round() {
      int n = rows.length;
      Arrays.fill(gradient, 0);
      for (int i = 0; i < n; i++) {
        System.arraycopy(w, biases, z, 0, k);
        double s = scale[i];
        for (int f : rows[i]) {
          int at = f * k;
          for (int t = 0; t < k; t++) {
            z[t] += s * w[at + t];
          }
        }
        for (int t = 0; t < k; t++) {
          double error = 1 / (1 + Math.exp(-z[t])) - labels[i][t];
          gradient[biases + t] += error;
          scaledError[t] = s * error;
        }
        // Each feature's k weights lie side by side, so the gradient is added feature by feature;
        // every slot still sums its examples in the same order, so the model is the same.
        for (int f : rows[i]) {
          int at = f * k;
          for (int t = 0; t < k; t++) {
            gradient[at + t] += scaledError[t];
          }
        }
      }
      for (int j = 0; j < biases; j++) {
        w[j] -= LEARNING_RATE * (gradient[j] / n + w[j] / (INVERSE_PENALTY * n));
      }
      for (int j = biases; j < w.length; j++) {
        w[j] -= LEARNING_RATE * gradient[j] / n;
      }
    }
  }

  /** Rounded to {@value #DECIMALS} decimals, or 0 under {@value #LEAST_WEIGHT}. */
  private static double round(double weight) {
    double scale = Math.pow(10, DECIMALS);
    return Math.abs(weight) < LEAST_WEIGHT ? 0 : Math.round(weight * scale) / scale;
  }

  /** Write the model to {@code file}, features in order, after {@code header} as comments. */
  public void write(Path file, List<String> header) throws IOException {
    List<String> lines = new ArrayList<>();
    header.forEach(line -> lines.add("# " + line));
    lines.add(line(BIAS, bias));
    Map<String, double[]> sorted = new TreeMap<>();
    weights.forEach((hash, w) -> sorted.put(names.get(hash), w));
    sorted.forEach((name, w) -> lines.add(line(name, w)));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private String line(String feature, double[] w) {
    StringBuilder line = new StringBuilder(feature);
    for (int t = 0; t < w.length; t++) {
      if (w[t] != 0) {
        line.append('\t').append(topics.get(t)).append(':').append(format(w[t]));
      }
    }
    return line.toString();
  }

  private static String format(double weight) {
    return String.format(Locale.ROOT, "%." + DECIMALS + "f", weight);
  }

  /** Read the model at {@code file}; a line it cannot understand is an error naming it. */
  public static TopicModel read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, Integer> topicNumbers = new LinkedHashMap<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      for (int c = 1; c < cells.length; c++) {
        int colon = cells[c].lastIndexOf(':');
        if (colon <= 0) {
          throw new TaxonomyException(
              file, i + 1, "expected topic:weight, not \"" + cells[c] + "\"");
        }
        topicNumbers.putIfAbsent(cells[c].substring(0, colon), topicNumbers.size());
      }
      rows.add(cells);
      lineNumbers.add(i + 1);
    }
    List<String> topics = List.copyOf(topicNumbers.keySet());
    double[] bias = new double[topics.size()];
    Map<Long, double[]> weights = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      double[] w = new double[topics.size()];
      for (int c = 1; c < cells.length; c++) {
        int colon = cells[c].lastIndexOf(':');
        try {
          w[topicNumbers.get(cells[c].substring(0, colon))] =
              Double.parseDouble(cells[c].substring(colon + 1));
        } catch (NumberFormatException e) {
          throw new TaxonomyException(
              file, lineNumbers.get(r), "not a weight: \"" + cells[c] + "\"");
        }
      }
      if (cells[0].equals(BIAS)) {
        System.arraycopy(w, 0, bias, 0, w.length);
      } else {
        weights.put(hashOf(cells[0]), w);
        names.put(hashOf(cells[0]), cells[0]);
      }
    }
    return new TopicModel(topics, bias, weights, names);
  }

  /** What a feature is. */
  enum Kind {
    WORD,
    HEADLINE_WORD,
    PAIR;

    /** The feature's name in the model's file. */
    String name(String word, String previous) {
      return switch (this) {
        case WORD -> word;
        case HEADLINE_WORD -> "t:" + word;
        case PAIR -> previous + "_" + word;
      };
    }
  }

  /** Receives an article's features, one at a time. */
  private interface FeatureSink {
    /** A feature, {@code previous} being the word before {@code word} for a pair. */
    void feature(long hash, Kind kind, String word, String previous);
  }

  /**
   * Pass the article's features to {@code sink}, repeats included: every word, every headline word
   * marked, and every pair of adjacent words, in the headline and in the body, function words left
   * out.
   */
  private static void forEachFeature(Words title, Words body, FeatureSink sink) {
    for (Words words : List.of(title, body)) {
      String previous = null;
      long previousHash = 0;
      for (String word : words.lower()) {
        if (STOP_WORDS.contains(word)) {
          continue;
        }
        long hash = wordHash(word);
        sink.feature(hash, Kind.WORD, word, null);
        if (words == title) {
          sink.feature(titleHash(hash), Kind.HEADLINE_WORD, word, null);
        }
        if (previous != null) {
          sink.feature(pairHash(previousHash, hash), Kind.PAIR, word, previous);
        }
        previous = word;
        previousHash = hash;
      }
    }
  }

  /** The hash of a feature as the file writes it. */
  private static long hashOf(String feature) {
    if (feature.startsWith("t:")) {
      return titleHash(wordHash(feature.substring(2)));
    }
    int pair = feature.indexOf('_');
    return pair < 0
        ? wordHash(feature)
        : pairHash(wordHash(feature.substring(0, pair)), wordHash(feature.substring(pair + 1)));
  }

  /** A word's hash: its string's own hash, cached in the string, spread over 64 bits. */
  private static long wordHash(String word) {
    return mix(word.hashCode());
  }

  private static long titleHash(long word) {
    return mix(word ^ TITLE_SALT);
  }

  private static long pairHash(long first, long second) {
    return mix(first * 0x9E3779B97F4A7C15L + second);
  }

  /** The 64-bit finaliser of MurmurHash3. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  /** The distinct topics of {@code examples}, in order of first appearance. */
  public static List<String> topicsOf(List<Example> examples) {
    Set<String> topics = new LinkedHashSet<>();
    examples.forEach(example -> topics.addAll(example.topics()));
    return List.copyOf(topics);
  }
}

package newsarchive.enrich;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A labelled development set for a tagger (one JSON object per line: id, split, category, title,
 * body and the labels a careful editor gives), and its precision, recall and F1 per split and
 * category, counted over (article, label) pairs.
 */
final class LabelledSet {

  /** One labelled article. */
  record Item(
      String id,
      String split,
      String category,
      String title,
      String body,
      List<String> companies,
      List<String> topics) {}

  /** True positives, false positives and false negatives of one group of articles. */
  record Counts(int truePositives, int falsePositives, int falseNegatives, int articles) {

    Counts plus(Counts other) {
      return new Counts(
          truePositives + other.truePositives,
          falsePositives + other.falsePositives,
          falseNegatives + other.falseNegatives,
          articles + other.articles);
    }

    double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1 : (double) truePositives / found;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1 : (double) truePositives / expected;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** One article whose labels differ from the expected ones. */
  record Miss(Item item, Set<String> wrong, Set<String> missed) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  final List<Item> items;
  final Map<String, Counts> bySplitAndCategory = new LinkedHashMap<>();
  final List<Miss> misses = new ArrayList<>();

  private LabelledSet(List<Item> items) {
    this.items = items;
  }

  /** Read the set from a test resource. */
  static LabelledSet read(String resource) throws IOException {
    List<Item> items = new ArrayList<>();
    try (InputStream in = LabelledSet.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          items.add(JSON.readValue(line, Item.class));
        }
      }
    }
    return new LabelledSet(items);
  }

  /** The items of one split, not yet scored. */
  LabelledSet of(String split) {
    return new LabelledSet(items.stream().filter(item -> item.split().equals(split)).toList());
  }

  /** Score {@code tagger}'s labels against {@code expected}'s, item by item. */
  LabelledSet score(Function<Item, List<String>> tagger, Function<Item, List<String>> expected) {
    for (Item item : items) {
      Set<String> found = new HashSet<>(tagger.apply(item));
      Set<String> wanted = new HashSet<>(expected.apply(item));
      Set<String> wrong = new HashSet<>(found);
      wrong.removeAll(wanted);
      Set<String> missed = new HashSet<>(wanted);
      missed.removeAll(found);
      int right = found.size() - wrong.size();
      bySplitAndCategory.merge(
          item.split() + " " + item.category(),
          new Counts(right, wrong.size(), missed.size(), 1),
          Counts::plus);
      if (!wrong.isEmpty() || !missed.isEmpty()) {
        misses.add(new Miss(item, wrong, missed));
      }
    }
    return this;
  }

  /** The counts over every group whose name contains {@code part} ("dev", "trap", "" for all). */
  Counts total(String part) {
    return bySplitAndCategory.entrySet().stream()
        .filter(e -> e.getKey().contains(part))
        .map(Map.Entry::getValue)
        .reduce(new Counts(0, 0, 0, 0), Counts::plus);
  }

  /** The scores as a table, then every miss, for the test log. */
  String report(String title) {
    StringBuilder out = new StringBuilder(title).append('\n');
    out.append(
        String.format(
            Locale.ROOT, "%-20s %8s %9s %6s %6s%n", "", "articles", "precision", "recall", "F1"));
    Map<String, Counts> rows = new LinkedHashMap<>(bySplitAndCategory);
    items.stream()
        .map(Item::split)
        .distinct()
        .forEach(split -> rows.put(split + " (all)", total(split + " ")));
    rows.put("all", total(""));
    rows.values().removeIf(counts -> counts.articles() == 0);
    rows.forEach(
        (name, c) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%-20s %8d %9.3f %6.3f %6.3f%n",
                    name,
                    c.articles(),
                    c.precision(),
                    c.recall(),
                    c.f1())));
    for (Miss miss : misses) {
      out.append(
          String.format(
              "  %s %s %s: wrong %s, missed %s%n",
              miss.item().id(),
              miss.item().category(),
              miss.item().title(),
              miss.wrong(),
              miss.missed()));
    }
    return out.toString();
  }
}

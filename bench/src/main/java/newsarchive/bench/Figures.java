package newsarchive.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one benchmark run under stable keys (such as {@code index.articles_per_s}), each
 * with a note saying what it measures, printed as a table and written as JSON.
 */
final class Figures {

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, String> notes = new LinkedHashMap<>();

  /** Record a figure; {@code note} says what it is and how spread its repetitions were. */
  void put(String key, double value, String note) {
    values.put(key, Double.isFinite(value) ? round(value) : null);
    notes.put(key, note);
  }

  /** Record a figure with the median and spread of its repetitions in the note. */
  void put(String key, Samples repetitions, String note) {
    put(
        key,
        repetitions.median(),
        String.format(
            "%s (median of %d, spread %.0f%%)",
            note, repetitions.size(), 100 * repetitions.spread()));
  }

  /** Record a descriptive value, such as the machine or the corpus. */
  void describe(String key, String value) {
    values.put(key, value);
    notes.put(key, "");
  }

  /** The recorded value of a key, or {@code null}. */
  Object get(String key) {
    return values.get(key);
  }

  /** Every recorded key and value, in the order recorded. */
  Map<String, Object> values() {
    return Collections.unmodifiableMap(values);
  }

  /** Print the figures as an aligned table. */
  void print(PrintStream out) {
    int width = values.keySet().stream().mapToInt(String::length).max().orElse(10);
    String section = "";
    for (Map.Entry<String, Object> figure : values.entrySet()) {
      String key = figure.getKey();
      String prefix = key.substring(0, key.indexOf('.') + 1);
      if (!prefix.equals(section)) {
        out.println();
        section = prefix;
      }
      out.printf("%-" + width + "s  %14s  %s%n", key, format(figure.getValue()), notes.get(key));
    }
  }

  /** Write the figures as one flat JSON object, keys in the order recorded. */
  void writeJson(Path file) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), values);
  }

  private static String format(Object value) {
    if (value instanceof Double number) {
      return Math.abs(number) >= 100
          ? String.format("%,.0f", number)
          : String.format("%.3f", number).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return String.valueOf(value);
  }

  private static double round(double value) {
    // Three significant decimals are more than any of these measurements can claim.
    return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 1000) / 1000.0;
  }
}

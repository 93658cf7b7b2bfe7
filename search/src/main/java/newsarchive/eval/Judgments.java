package newsarchive.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graded relevance judgments per topic, read from a TREC qrels file ({@code qid 0 docid grade},
 * whitespace-separated). A grade of 1 or more is relevant; unjudged articles are not relevant.
 */
public final class Judgments {

  private final Map<String, Map<String, Integer>> grades;

  private Judgments(Map<String, Map<String, Integer>> grades) {
    this.grades = grades;
  }

  /**
   * The judgments of a qrels file; a line that is not four fields with a number last is an error.
   */
  public static Judgments read(Path file) throws IOException {
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\s+");
      if (fields.length != 4) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected four fields: qid 0 docid grade");
      }
      int grade;
      try {
        grade = Integer.parseInt(fields[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": the grade \"" + fields[3] + "\" is not a whole number");
      }
      grades.computeIfAbsent(fields[0], topic -> new HashMap<>()).put(fields[2], grade);
    }
    return new Judgments(grades);
  }

  /** Whether the topic has any judgment at all. */
  public boolean judged(String topic) {
    return grades.containsKey(topic);
  }

  /** The grade of every article judged for {@code topic} (none when the topic is unjudged). */
  public Map<String, Integer> of(String topic) {
    return grades.getOrDefault(topic, Map.of());
  }
}

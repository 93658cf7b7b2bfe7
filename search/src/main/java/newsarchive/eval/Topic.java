package newsarchive.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of a test collection: the topic it is judged against and the text as a user types it.
 * Several queries may share a topic (variants of one information need).
 *
 * @param id the topic id the judgments use
 * @param query the query text, as sent to the search
 */
public record Topic(String id, String query) {

  /**
   * The queries of a topics file: {@code id<TAB>query} lines; blank lines and {@code #} comments
   * are skipped; any other line is an error naming the file and line.
   */
  public static List<Topic> read(Path file) throws IOException {
    List<Topic> topics = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected an id, a tab and the query");
      }
      topics.add(new Topic(parts[0].strip(), parts[1].strip()));
    }
    return topics;
  }
}

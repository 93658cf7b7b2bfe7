package newsarchive.article;

import java.nio.file.Path;

/**
 * Where an article was read: its file, and its line (JSON Lines) or item (feeds) there when the
 * file holds several.
 *
 * @param file the file, as an absolute path when read from a corpus
 * @param line the 1-based line, or 0
 * @param item the 1-based item of a feed, or 0
 */
public record Origin(Path file, int line, int item) {

  /** The origin of an article that does not say where it came from. */
  public static final Origin UNKNOWN = new Origin(Path.of(""), 0, 0);

  /** The whole of {@code file}: a file that holds one article. */
  public static Origin file(Path file) {
    return new Origin(file, 0, 0);
  }

  /** Line {@code line} of {@code file}. */
  public static Origin line(Path file, int line) {
    return new Origin(file, line, 0);
  }

  /** Item {@code item} of the feed {@code file}. */
  public static Origin item(Path file, int item) {
    return new Origin(file, 0, item);
  }

  /**
   * The origin the index stored as {@link #toString()}: the file, then {@code :line} or {@code
   * #item}; {@link #UNKNOWN} for none (an index written before origins were stored).
   */
  public static Origin parse(String stored) {
    if (stored == null || stored.isEmpty()) {
      return UNKNOWN;
    }
    int mark = Math.max(stored.lastIndexOf(':'), stored.lastIndexOf('#'));
    String number = mark < 0 ? "" : stored.substring(mark + 1);
    if (number.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
      return file(Path.of(stored));
    }
    Path file = Path.of(stored.substring(0, mark));
    int n = Integer.parseInt(number);
    return stored.charAt(mark) == ':' ? line(file, n) : item(file, n);
  }

  /** Where in the file, as problem reports give it: the line or the item, 0 for the whole file. */
  public int place() {
    return line > 0 ? line : item;
  }

  /** What follows the file when written out: {@code :line}, {@code #item}, or nothing. */
  public String position() {
    return line > 0 ? ":" + line : item > 0 ? "#" + item : "";
  }

  /** The file, then {@code :line} or {@code #item}: how reports show it and the index stores it. */
  @Override
  public String toString() {
    return file + position();
  }
}

package newsarchive.corpus;

import java.nio.file.Path;

/**
 * Something wrong with one input, reported instead of swallowed.
 *
 * @param file the file the problem is in
 * @param line the 1-based line (or item) within the file, or 0 when it concerns the whole file
 * @param reason what is wrong and what was done about it, in words a person understands
 * @param skipped whether the input was left out of the index (a failure) or indexed anyway (a
 *     warning, e.g. an undated article)
 */
public record Problem(Path file, int line, String reason, boolean skipped) {

  /** An input that could not be indexed. */
  public static Problem failure(Path file, int line, String reason) {
    return new Problem(file, line, reason, true);
  }

  /** An input that was indexed despite something worth telling. */
  public static Problem warning(Path file, int line, String reason) {
    return new Problem(file, line, reason, false);
  }

  /** The problem as one line: {@code file:line: reason}. */
  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file.toString()) + ": " + reason;
  }
}

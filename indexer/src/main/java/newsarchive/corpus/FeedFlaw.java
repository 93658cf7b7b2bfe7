package newsarchive.corpus;

import java.nio.file.Path;

/**
 * One kind of flaw a lenient pass worked around in a feed.
 *
 * @param kind what is wrong, e.g. {@code unescaped '&'}
 * @param example the first occurrence when occurrences differ, e.g. {@code &nbsp;}, or {@code null}
 * @param line the 1-based line of the first occurrence, or 0 when it concerns the whole file
 * @param count how many times it occurs
 */
record FeedFlaw(String kind, String example, int line, int count) {

  /** The same flaw seen once more. */
  FeedFlaw again() {
    return new FeedFlaw(kind, example, line, count + 1);
  }

  /** The warning that tells a reader of {@code file} what was worked around. */
  Problem warning(Path file) {
    String more = count > 1 ? " and " + (count - 1) + " more" : "";
    String detail =
        example != null ? " (" + example + more + ")" : count > 1 ? " (" + count + " times)" : "";
    return Problem.warning(file, line, kind + detail + ", parsed leniently");
  }
}

package newsarchive.search;

import java.util.List;
import java.util.regex.Pattern;

/** An article body's paragraphs, as every backend shows them. */
public final class Paragraphs {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

  private Paragraphs() {}

  /** The paragraphs of {@code text}: split at blank lines, trimmed, empty ones dropped. */
  public static List<String> of(String text) {
    return PARAGRAPH_BREAK
        .splitAsStream(text)
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}

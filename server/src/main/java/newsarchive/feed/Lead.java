package newsarchive.feed;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lead of an article: its first whole sentences, as plain text on one line. */
final class Lead {

  /** Sentences are added until the lead is at least this long... */
  static final int ENOUGH = 200;

  /** ...unless that would make it longer than this; a longer first sentence is cut at a word. */
  static final int MAX = 400;

  /** Line breaks and the other control characters a plain one-line lead does without. */
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Cntrl}]+");

  private Lead() {}

  /** The first sentences of {@code body}, about {@link #ENOUGH} characters; empty for no body. */
  static String of(String body) {
    // Only the start is read: a lead never needs more, and bodies can be long.
    String text =
        WHITESPACE
            .matcher(body.substring(0, Math.min(body.length(), 2 * MAX)))
            .replaceAll(" ")
            .strip();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(text);
    int end = sentences.first();
    while (end < ENOUGH) {
      int next = sentences.next();
      if (next == BreakIterator.DONE || (next > MAX && end > 0)) {
        break;
      }
      end = next;
    }
    if (end > MAX) {
      int space = text.lastIndexOf(' ', MAX);
      return text.substring(0, space > 0 ? space : MAX) + "…";
    }
    return text.substring(0, end).strip();
  }
}

package newsarchive.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The names and figures of an article, in the order it gives them: each capitalised word that is
 * not a function word, a weekday, a month or a wire's name, nor a common word opening a sentence
 * (one the body also writes in lower case: "Closing is expected…", "Most of the cuts…", whose
 * copies open their sentences otherwise), and each figure (a decimal, a percentage, or a whole
 * number from 32 up that is not a year: days of the month and small counts are in every article). A
 * copy that another outlet rewords sentence by sentence ("said on Monday" for "announced Monday",
 * "16 percent" for "16%") keeps these, in order, while its words, and so its shingles, change.
 */
final class Facts {

  /** The most facts kept, the first ones: the lede and the paragraphs after it carry the news. */
  static final int MAX = 48;

  /** What joins two parts of one word: "AT&T", "U.S", "CL-8800", "Nvidia's". */
  private static final String WORD_JOINERS = "'’&.-";

  /**
   * Capitalised words that name nothing: they open sentences, or every article of a day has them.
   */
  private static final Set<String> COMMON =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "for",
          "but",
          "and",
          "or",
          "it",
          "its",
          "this",
          "that",
          "these",
          "those",
          "he",
          "she",
          "they",
          "we",
          "i",
          "as",
          "by",
          "with",
          "from",
          "to",
          "of",
          "after",
          "before",
          "when",
          "while",
          "under",
          "over",
          "according",
          "if",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "reuters",
          "ap",
          "u.s",
          "us",
          "inc",
          "corp",
          "co",
          "ltd");

  private Facts() {}

  /**
   * The first {@value #MAX} facts of the headline and then the body, each in lower case, read
   * without what the wire adds ({@link WireMarks}).
   */
  static List<String> of(String title, String body) {
    List<String> facts = new ArrayList<>();
    String text = WireMarks.body(body);
    add(WireMarks.headline(title), text, facts);
    add(text, text, facts);
    return facts;
  }

  /**
   * Whether {@code text} writes {@code word}, a word in lower case, as a whole word. Looked up only
   * for the few capitalised words that open a sentence, which is cheaper than collecting every
   * lower-case word of every article.
   */
  private static boolean writesInLowerCase(String text, String word) {
    for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
      if (startsWord(text, k) && wordEnd(text, k) == k + word.length()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word starts at {@code k}: not a letter, digit or joiner within a word before it. */
  private static boolean startsWord(String text, int k) {
    if (k == 0 || Character.isLetterOrDigit(text.charAt(k - 1))) {
      return k == 0;
    }
    return WORD_JOINERS.indexOf(text.charAt(k - 1)) < 0
        || k < 2
        || !Character.isLetterOrDigit(text.charAt(k - 2));
  }

  /**
   * Whether the word at {@code i} opens a sentence, a paragraph, a quotation or the text, where a
   * capital says nothing of a name.
   */
  private static boolean opensSentence(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || "\"'“‘(".indexOf(text.charAt(j)) >= 0)) {
      j--;
    }
    return j < 0 || ".!?\n:".indexOf(text.charAt(j)) >= 0;
  }

  /**
   * Adds the facts of {@code text} to {@code facts}; a capitalised word opening a sentence is no
   * fact when {@code body} writes it in lower case ("Closing", "Most").
   */
  private static void add(String text, String body, List<String> facts) {
    int i = 0;
    while (i < text.length() && facts.size() < MAX) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int end = wordEnd(text, i);
        if (Character.isUpperCase(c)) {
          String word = possessiveOff(text.substring(i, end)).toLowerCase(Locale.ROOT);
          if (!COMMON.contains(word)
              && !Evidence.CALENDAR.contains(word)
              && !(opensSentence(text, i) && writesInLowerCase(body, word))) {
            facts.add(word);
          }
        }
        i = end;
      } else if (Character.isDigit(c)) {
        int end = numberEnd(text, i);
        if (end < text.length() && Character.isLetter(text.charAt(end))) {
          i = wordEnd(text, end); // a model's name ("910B"), not a figure
          continue;
        }
        String figure = figure(text, i, end);
        if (figure != null) {
          facts.add(figure);
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  /**
   * Where the word at {@code start} ends: letters and digits, with {@link #WORD_JOINERS} inside.
   */
  private static int wordEnd(String text, int start) {
    return runEnd(text, start, Character::isLetterOrDigit, WORD_JOINERS);
  }

  /** Where the number at {@code start} ends: digits, with commas and a decimal point inside. */
  private static int numberEnd(String text, int start) {
    return runEnd(text, start, Character::isDigit, ",.");
  }

  /**
   * Where the run of characters that {@code part} accepts, starting at {@code start}, ends; one of
   * {@code joiners} between two of them continues it.
   */
  private static int runEnd(String text, int start, IntPredicate part, String joiners) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (part.test(c)) {
        i++;
      } else if (joiners.indexOf(c) >= 0
          && i + 1 < text.length()
          && part.test(text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static String possessiveOff(String word) {
    return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
  }

  /**
   * The number between {@code start} and {@code end} as a fact ("4.1", "1200", "16%"), or null for
   * a day, a small count or a year.
   */
  private static String figure(String text, int start, int end) {
    String number = text.substring(start, end).replace(",", "");
    if (isPercent(text, end)) {
      return number + "%";
    }
    if (number.indexOf('.') >= 0) {
      return number;
    }
    if (number.length() > 6) {
      return number; // too long for an int, and no day or year
    }
    int value = Integer.parseInt(number);
    boolean year = number.length() == 4 && value >= 1900 && value <= 2100;
    return value < 32 || year ? null : number;
  }

  private static boolean isPercent(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return text.startsWith("%", i)
        || text.regionMatches(true, i, "percent", 0, 7)
        || text.regionMatches(true, i, "per cent", 0, 8);
  }
}

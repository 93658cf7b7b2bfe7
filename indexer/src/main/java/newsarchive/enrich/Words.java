package newsarchive.enrich;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Text split into words (runs of letters and digits; all else separates them), kept as written and
 * in lower case, with where each word starts and ends, so that matching many phrases lower-cases
 * each word only once and a tagger can still look at the punctuation between words.
 *
 * @param text the text the words come from
 * @param written each word as written
 * @param lower each word in lower case
 * @param starts where each word starts in {@code text}
 * @param ends where each word ends (exclusive) in {@code text}
 * @param paragraphs each word's paragraph, counted from 0; a line break starts a new one
 */
public record Words(
    String text,
    List<String> written,
    List<String> lower,
    int[] starts,
    int[] ends,
    int[] paragraphs) {

  /** Split {@code text} into words. */
  public static Words of(String text) {
    String[] written = new String[16];
    int count = 0;
    int[] starts = new int[16];
    int[] ends = new int[16];
    int[] paragraphs = new int[16];
    int paragraph = 0;
    boolean lineBreak = false;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean wordChar = isWordChar(c);
      if (wordChar && start < 0) {
        start = i;
        if (lineBreak && count > 0) {
          paragraph++;
        }
        lineBreak = false;
      } else if (!wordChar && start >= 0) {
        if (count == starts.length) {
          written = Arrays.copyOf(written, 2 * count);
          starts = Arrays.copyOf(starts, 2 * count);
          ends = Arrays.copyOf(ends, 2 * count);
          paragraphs = Arrays.copyOf(paragraphs, 2 * count);
        }
        starts[count] = start;
        ends[count] = i;
        paragraphs[count] = paragraph;
        written[count++] = text.substring(start, i);
        start = -1;
      }
      lineBreak |= c == '\n';
    }
    String[] lower = new String[count];
    for (int k = 0; k < count; k++) {
      lower[k] = written[k].toLowerCase(Locale.ROOT);
    }
    return new Words(
        text,
        Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(written, count))),
        Collections.unmodifiableList(Arrays.asList(lower)),
        Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count),
        Arrays.copyOf(paragraphs, count));
  }

  /**
   * Whether {@code c} is a letter or digit, part of a word: a table for ASCII, most of any English
   * text, since this is asked of every character the taggers and signatures read.
   */
  public static boolean isWordChar(char c) {
    return c < ASCII_WORD_CHARS.length ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
  }

  private static final boolean[] ASCII_WORD_CHARS = asciiWordChars();

  private static boolean[] asciiWordChars() {
    boolean[] table = new boolean[128];
    for (char c = 0; c < table.length; c++) {
      table[c] = Character.isLetterOrDigit(c);
    }
    return table;
  }

  /** The number of words. */
  public int size() {
    return starts.length;
  }

  /** The text between word {@code i - 1} and word {@code i} (before the first word: all of it). */
  String gapBefore(int i) {
    return text.substring(i == 0 ? 0 : ends[i - 1], starts[i]);
  }

  /** The text between word {@code i} and the next word (after the last word: all of it). */
  String gapAfter(int i) {
    return text.substring(ends[i], i + 1 < size() ? starts[i + 1] : text.length());
  }

  /** The text of words {@code from} to {@code to} (exclusive) as written, punctuation included. */
  String span(int from, int to) {
    return text.substring(starts[from], ends[to - 1]);
  }

  /**
   * Whether word {@code i} begins a sentence or paragraph, or follows an opening quote or bracket,
   * where a capital letter says nothing about the word.
   */
  boolean opensSentence(int i) {
    if (i == 0 || paragraphs[i] != paragraphs[i - 1]) {
      return true;
    }
    String gap = gapBefore(i);
    for (int k = 0; k < gap.length(); k++) {
      if (".!?:;\"“”‘(—–".indexOf(gap.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} follows a hyphen between spaces, a dash typed in ASCII, as after a
   * dateline ("Oct. 27, 2022 - Slack demand for ...") or before an aside.
   */
  boolean followsDash(int i) {
    String gap = gapBefore(i);
    return i > 0 && (gap.contains(" - ") || gap.contains(" -- "));
  }

  /**
   * Whether the text is written in title case, as many headlines are ("Players Master a Shifting
   * Meta"): at least {@value #TITLE_CASE_WORDS} words of four letters or more, nearly all of them
   * capitalised, so that a capital says nothing of a name.
   */
  boolean inTitleCase() {
    int lengthy = 0;
    int capitalised = 0;
    for (String word : written) {
      if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
        lengthy++;
        if (Character.isUpperCase(word.charAt(0))) {
          capitalised++;
        }
      }
    }
    return lengthy >= TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * lengthy;
  }

  /**
   * How many sentences open with a letter, all in lower case, or -1 as soon as one opens with a
   * capital: in text written all in lower case, as some blogs and chat messages are, case says
   * nothing. Most text shows a capital at its first word, so this rarely reads further.
   */
  int lowerCaseOpenings() {
    int opened = 0;
    for (int i = 0; i < written.size(); i++) {
      char first = written.get(i).charAt(0);
      if (Character.isLetter(first) && opensSentence(i)) {
        if (Character.isUpperCase(first)) {
          return -1;
        }
        opened++;
      }
    }
    return opened;
  }

  /**
   * Each paragraph whose words are all written in lower case (at least {@value
   * #LOWER_CASE_PARAGRAPH_WORDS} of them, none opening with a capital but "I"), as the users' posts
   * an article quotes are ("ok chatgpt is cooked"); null when no paragraph is.
   */
  boolean[] lowerCaseParagraphs() {
    if (size() == 0) {
      return null;
    }
    int count = paragraphs[size() - 1] + 1;
    int[] words = new int[count];
    for (int i = 0; i < size(); i++) {
      int paragraph = paragraphs[i];
      String word = written.get(i);
      boolean capital = Character.isUpperCase(word.charAt(0)) && !word.equals("I");
      words[paragraph] = words[paragraph] < 0 || capital ? -1 : words[paragraph] + 1;
    }
    boolean[] lowerCase = new boolean[count];
    boolean any = false;
    for (int p = 0; p < count; p++) {
      lowerCase[p] = words[p] >= LOWER_CASE_PARAGRAPH_WORDS;
      any |= lowerCase[p];
    }
    return any ? lowerCase : null;
  }

  /** Fewer words than this say nothing of how a paragraph is written ("ok.", "lol"). */
  static final int LOWER_CASE_PARAGRAPH_WORDS = 4;

  /** Fewer words of four letters or more than this say nothing of a headline's case. */
  static final int TITLE_CASE_WORDS = 4;

  /** The share of a headline's words of four letters or more that title case capitalises. */
  static final double TITLE_CASE_SHARE = 0.8;

  /**
   * Whether most of the letters are capitals, as in a wire-service headline, where a capital letter
   * is no sign of a name.
   */
  boolean shouting() {
    int upper = 0;
    int letters = 0;
    for (String word : written) {
      for (int k = 0; k < word.length(); k++) {
        char c = word.charAt(k);
        if (Character.isLetter(c)) {
          letters++;
          upper += Character.isUpperCase(c) ? 1 : 0;
        }
      }
    }
    return letters >= 8 && upper >= letters * 0.8;
  }
}

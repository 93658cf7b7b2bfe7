package newsarchive.enrich;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a news wire adds around a report that belongs to the outlet, not the story: a slug before
 * the headline ("UPDATE 1-", "BRIEF-", "CORRECTED-"), a dateline before the body ("LONDON, June 2
 * (Reuters) -", "March 13 (Reuters) -") and the agency's credit after it ("(Reuters)", "Source:
 * Global Wire"). A brief or a later version of the report drops, changes or moves them, while other
 * reports of the wire that day share them, so story detection reads an article without them.
 */
final class WireMarks {

  /**
   * The wire's slugs for a version or a kind of report, each in capitals, with an update's number,
   * then a hyphen and the headline ("CORRECTED-UPDATE 2-Nvidia …"). A closed list: a headline
   * opening with an acronym and a hyphen ("AI-powered …") keeps it.
   */
  private static final Pattern SLUG =
      Pattern.compile(
          "^\\s*(?:(?:UPDATE|BRIEF|CORRECTED|CORRECTION|REFILE|RPT|EXCLUSIVE|ANALYSIS|INSIGHT"
              + "|FACTBOX|WRAPUP|PREVIEW|TIMELINE|FOCUS|BREAKINGVIEWS)(?: \\d{1,2})?-)+(?=\\S)");

  /**
   * The label a headline opens with when the piece is comment or analysis rather than the report
   * ("Opinion: …", "ANALYSIS-…", "Column | …", "Explainer — …"; not "Analysis-ready data"). Such a
   * piece is the outlet's own article about the news, never a copy of the report, though it names
   * the same names and figures: in the labelled story sets, 79 headlines so labelled, each a story
   * of its own.
   */
  private static final String COMMENT_LABELS =
      "opinion|analysis|commentary|column|editorial|comment|letters?|review|viewpoint|perspective"
          + "|op-ed|explainer|factbox|breakingviews|insight";

  /** Such a label, in any case before a colon, a bar or a dash, in capitals before a hyphen. */
  private static final Pattern COMMENT =
      Pattern.compile(
          "^\\s*(?:(?i:"
              + COMMENT_LABELS
              + ")\\s*(?:[:|–—]|\\s-)|(?:"
              + COMMENT_LABELS.toUpperCase(Locale.ROOT)
              + ")-)");

  /**
   * A wire report's dateline: a city in capitals, a date, the agency in brackets, a dash ("LONDON,
   * June 2 (Reuters) -"), or only the date and agency ("March 13 (Reuters) -"); bounded, so that a
   * body in capitals is not read as one.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(?:\\p{Lu}[\\p{Lu} .'-]{2,40}(?:,[^()\\n\\-–—]{0,30})?(?:\\([^()\\n]{1,60}\\))?"
              + "|\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2},? \\([^()\\n]{1,60}\\))\\s*[-–—]+\\s");

  /**
   * The agency's name closing a report, every word capitalised ("(Reuters)", "(Continental Business
   * Wire)"), or a last line naming its source ("Source: Global Wire", "Source text for Eikon: …").
   * Not a reporters' credit ("Reporting by …"): the same reporters write a story's follow-ups.
   */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:\\(\\s*\\p{Lu}[\\p{L}&.'-]*(?:\\s+\\p{Lu}[\\p{L}&.'-]*){0,5}\\s*\\)"
              + "|\\n\\s*Source(?: text)?(?: for [^:\\n]{1,40})?:[^\\n]{1,200})[\\s.]*$");

  /**
   * How far before the body's last word or closing bracket a credit can start: the longest the
   * {@link #CREDIT} line allows, with room for whitespace. The credit is looked for only there, as
   * trying the pattern at every bracket and line of a long body cost an eighth of the story
   * signature and tagging together.
   */
  private static final int CREDIT_REACH = 320;

  private WireMarks() {}

  /** The headline without a wire's slug. */
  static String headline(String title) {
    return withoutOpening(SLUG, title);
  }

  /** Whether the headline labels its piece comment or analysis ({@link #COMMENT}). */
  static boolean comment(String title) {
    return COMMENT.matcher(title).lookingAt();
  }

  /** The body without a wire's dateline and closing credit. */
  static String body(String body) {
    String text = withoutOpening(DATELINE, body);
    Matcher credit = CREDIT.matcher(text);
    credit.region(Math.max(0, lastContent(text) - CREDIT_REACH), text.length());
    return credit.find() ? text.substring(0, credit.start()) + text.substring(credit.end()) : text;
  }

  private static String withoutOpening(Pattern opening, String text) {
    Matcher matcher = opening.matcher(text);
    return matcher.lookingAt() ? text.substring(matcher.end()) : text;
  }

  /** The end of {@code text} without the whitespace and full stops that may close a credit. */
  private static int lastContent(String text) {
    int end = text.length();
    while (end > 0
        && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
      end--;
    }
    return end;
  }
}

package newsarchive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import newsarchive.index.ArticleSchema;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted, HTML-escaped text for hits and articles, read from the offsets stored in the
 * postings (no re-analysis).
 */
final class Snippets {

  /** About how many characters a body snippet shows. */
  static final int SNIPPET_LENGTH = 200;

  /** Highlighting looks this far into a field; articles are far shorter. */
  private static final int MAX_LENGTH = 1_000_000;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

  /**
   * Escaped titles and snippets, in the order of the documents asked for.
   *
   * @param titles each whole title with matches marked
   * @param bodies a passage of each body around the best matches (the opening when none)
   */
  record Marked(List<String> titles, List<String> bodies) {}

  private Snippets() {}

  /** The marked title and body snippet of each of {@code docIds} for {@code query}. */
  static Marked forHits(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    String[] fields = {ArticleSchema.TITLE, ArticleSchema.BODY};
    Map<String, String[]> marked =
        highlighter(searcher, false).highlightFields(fields, query, docIds, new int[] {1, 1});
    return new Marked(
        nonNull(marked.get(ArticleSchema.TITLE)), nonNull(marked.get(ArticleSchema.BODY)));
  }

  /**
   * The whole body of {@code docId}, escaped, with {@code query}'s matches marked, per paragraph.
   */
  static List<String> markedParagraphs(IndexSearcher searcher, Query query, int docId)
      throws IOException {
    String[] body =
        highlighter(searcher, true)
            .highlightFields(
                new String[] {ArticleSchema.BODY}, query, new int[] {docId}, new int[] {1})
            .get(ArticleSchema.BODY);
    return paragraphs(body[0] == null ? "" : body[0]);
  }

  /** The paragraphs of {@code text}: split at blank lines, trimmed, empty ones dropped. */
  static List<String> paragraphs(String text) {
    return PARAGRAPH_BREAK
        .splitAsStream(text)
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private static List<String> nonNull(String[] values) {
    return Arrays.stream(values).map(value -> value == null ? "" : value).toList();
  }

  private static UnifiedHighlighter highlighter(IndexSearcher searcher, boolean whole) {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, ArticleSchema.analyzer())
            .withFormatter(new MarkFormatter())
            .withMaxLength(MAX_LENGTH);
    return new UnifiedHighlighter(builder) {
      @Override
      protected BreakIterator getBreakIterator(String field) {
        if (whole || field.equals(ArticleSchema.TITLE)) {
          return new WholeBreakIterator();
        }
        return LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f);
      }
    };
  }
}

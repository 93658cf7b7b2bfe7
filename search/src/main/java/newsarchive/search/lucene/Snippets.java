package newsarchive.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsarchive.article.Article;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Paragraphs;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted, HTML-escaped text for hits and articles. The index keeps no offsets, so the
 * highlighter re-analyses the title and body of articles the caller has already read: each stored
 * document is read (and decompressed) once per search.
 */
final class Snippets {

  /**
   * The fewest characters a body snippet shows: whole sentences are added around the best match
   * until it is this long, since a lone short sentence ("It declined to comment.") says too little.
   */
  static final int SNIPPET_LENGTH = 160;

  /** Highlighting looks this far into a field; articles are far shorter. */
  private static final int MAX_LENGTH = 1_000_000;

  /**
   * Escaped titles and snippets, in the order of the documents asked for.
   *
   * @param titles each whole title with matches marked
   * @param bodies a passage of each body around the best matches (the opening when none)
   */
  record Marked(List<String> titles, List<String> bodies) {}

  private Snippets() {}

  /**
   * The marked title and body snippet of each of {@code articles}, read from documents {@code
   * docIds} (in the same order), for {@code query}.
   */
  static Marked forHits(IndexSearcher searcher, Query query, int[] docIds, List<Article> articles)
      throws IOException {
    Map<Integer, Article> byDoc = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      byDoc.put(docIds[i], articles.get(i));
    }
    String[] fields = {ArticleSchema.TITLE, ArticleSchema.BODY};
    Map<String, String[]> marked =
        highlighter(searcher, byDoc, false)
            .highlightFields(fields, query, docIds, new int[] {1, 1});
    return new Marked(
        nonNull(marked.get(ArticleSchema.TITLE)), nonNull(marked.get(ArticleSchema.BODY)));
  }

  /**
   * The whole body of {@code article}, read from document {@code docId}, escaped, with {@code
   * query}'s matches marked, per paragraph.
   */
  static List<String> markedParagraphs(
      IndexSearcher searcher, Query query, int docId, Article article) throws IOException {
    String[] body =
        highlighter(searcher, Map.of(docId, article), true)
            .highlightFields(
                new String[] {ArticleSchema.BODY}, query, new int[] {docId}, new int[] {1})
            .get(ArticleSchema.BODY);
    return paragraphs(body[0] == null ? "" : body[0]);
  }

  /** The paragraphs of {@code text}: split at blank lines, trimmed, empty ones dropped. */
  static List<String> paragraphs(String text) {
    return Paragraphs.of(text);
  }

  private static List<String> nonNull(String[] values) {
    return Arrays.stream(values).map(value -> value == null ? "" : value).toList();
  }

  /**
   * A highlighter for {@code articles}, keyed by document, whose text comes from the articles. It
   * marks each of the query's words (and the completions of a typed word) wherever it stands in the
   * field searched, in one pass over the text's tokens; a phrase's words only where they stand
   * together. Lucene's default instead runs the whole query on an in-memory index of each text
   * ("weight matches"): that cost three quarters of a search's time on the bundled corpus, marked
   * nothing in a partial match (the whole query does not match it), and chose the passage by
   * matches rather than by the words the query asked for.
   */
  private static UnifiedHighlighter highlighter(
      IndexSearcher searcher, Map<Integer, Article> articles, boolean whole) {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, ArticleSchema.analyzer())
            .withFormatter(new MarkFormatter())
            .withMaxLength(MAX_LENGTH)
            .withWeightMatches(false);
    return new UnifiedHighlighter(builder) {
      /**
       * Re-analysis, always: the schema indexes title and body with neither offsets nor term
       * vectors, and asking the index would merge every segment's field infos on each request.
       */
      @Override
      protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.ANALYSIS;
      }

      @Override
      protected BreakIterator getBreakIterator(String field) {
        if (whole || field.equals(ArticleSchema.TITLE)) {
          return new WholeBreakIterator();
        }
        return LengthGoalBreakIterator.createMinLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f);
      }

      /** The fields of the next document, from its article rather than its stored fields. */
      @Override
      protected List<CharSequence[]> loadFieldValues(
          String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        Article article = articles.get(docs.nextDoc());
        CharSequence[] values = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          String text = text(article, fields[i]);
          values[i] = text.substring(0, Math.min(getMaxLength(), text.length()));
        }
        return Collections.singletonList(values);
      }
    };
  }

  private static String text(Article article, String field) {
    return switch (field) {
      case ArticleSchema.TITLE -> article.title();
      case ArticleSchema.BODY -> article.body();
      default -> throw new IllegalArgumentException("not a highlighted field: " + field);
    };
  }
}

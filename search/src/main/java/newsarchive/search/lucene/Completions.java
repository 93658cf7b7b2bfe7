package newsarchive.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsarchive.index.ArticleSchema;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.SortOrder;
import newsarchive.search.Suggestion;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Completions while the user types: companies and topics whose name (or a word of it) starts with
 * the text, then titles holding every typed word, the last one as a prefix. Cheap enough for each
 * keystroke: the values come from the snapshot's in-memory counts, titles from one small query.
 */
final class Completions {

  /** The most completions returned. */
  static final int LIMIT = 10;

  private static final int PER_DIMENSION = 3;

  private Completions() {}

  /** Up to {@link #LIMIT} completions of {@code typed}, values before titles. */
  static List<Suggestion> complete(IndexSnapshot snapshot, String typed) throws IOException {
    String wanted = typed.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (String dimension : List.of(ArticleSchema.COMPANY, ArticleSchema.TOPIC)) {
      snapshot.valueCounts(dimension).stream()
          .map(Count::value)
          .filter(value -> startsAWord(value.toLowerCase(Locale.ROOT), wanted))
          .limit(PER_DIMENSION)
          .forEach(value -> suggestions.add(new Suggestion(value, dimension, null)));
    }
    suggestions.addAll(titles(snapshot, wanted, LIMIT - suggestions.size()));
    return suggestions;
  }

  private static boolean startsAWord(String value, String wanted) {
    return value.startsWith(wanted) || value.contains(" " + wanted);
  }

  private static List<Suggestion> titles(IndexSnapshot snapshot, String wanted, int limit)
      throws IOException {
    String[] words = wanted.split("\\s+");
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (int i = 0; i < words.length - 1; i++) {
      for (QueryCompiler.Token token : QueryCompiler.analyze(ArticleSchema.TITLE, words[i])) {
        query.add(new TermQuery(new Term(ArticleSchema.TITLE, token.term())), Occur.MUST);
      }
    }
    // The last word may be unfinished ("amaz") or finished ("partnerships", whose stem is shorter).
    String last = words[words.length - 1];
    BooleanQuery.Builder lastWord = new BooleanQuery.Builder();
    String prefix = ArticleSchema.analyzer().normalize(ArticleSchema.TITLE, last).utf8ToString();
    lastWord.add(new PrefixQuery(new Term(ArticleSchema.TITLE, prefix)), Occur.SHOULD);
    for (QueryCompiler.Token token : QueryCompiler.analyze(ArticleSchema.TITLE, last)) {
      lastWord.add(new TermQuery(new Term(ArticleSchema.TITLE, token.term())), Occur.SHOULD);
    }
    query.add(lastWord.build(), Occur.MUST);
    Set<String> seen = new LinkedHashSet<>();
    List<Suggestion> titles = new ArrayList<>();
    ScoreDoc[] hits =
        snapshot.search(query.build(), limit * 2, Ordering.sort(SortOrder.RELEVANCE)).scoreDocs;
    for (ScoreDoc hit : hits) {
      Document doc = snapshot.storedFields().document(hit.doc);
      String title = doc.get(ArticleSchema.TITLE);
      if (titles.size() < limit && seen.add(title)) {
        titles.add(new Suggestion(title, "title", doc.get(ArticleSchema.ID)));
      }
    }
    return titles;
  }
}

package newsarchive.search.lucene;

import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A query taken apart for partial matches: its words (each a term, phrase, prefix or OR group the
 * user typed), which may go missing, and what always holds: the {@code company:}, {@code topic:}
 * and {@code source:} parts and the exclusions, which are filters and keep their meaning.
 *
 * @param labels each word as the user wrote it, for telling which are missing
 * @param words each word's compiled query, in the same order
 * @param required the facet parts every match must have
 * @param excluded the parts no match may have
 * @param subjects what raises a partial match whose subject is a company the query names, or {@code
 *     null}: among articles missing as many words, the one about Google answers {@code google cloud
 *     profit} before one with "cloud" and "profit" alone (all-words matches get it by the rescore)
 */
record QueryWords(
    List<String> labels,
    List<Query> words,
    List<Query> required,
    List<Query> excluded,
    Query subjects) {

  /** Whether some words can go missing and leave at least one: two words or more. */
  boolean allowsPartial() {
    return words.size() >= 2;
  }

  /**
   * The articles missing exactly {@code missing} of the words (having every other) that still meet
   * every required and excluded part; each scores the sum of the words it has and its {@link
   * #subjects}.
   */
  Query missing(int missing) {
    int present = words.size() - missing;
    BooleanQuery.Builder query = between(present, present);
    if (subjects != null) {
      query.add(subjects, Occur.SHOULD);
    }
    return query.build();
  }

  /** The articles with at least one of the words but not all, for counting the partial matches. */
  Query someButNotAll() {
    return between(1, words.size() - 1).build();
  }

  /** Articles with {@code fewest} to {@code most} of the words, and what always holds. */
  private BooleanQuery.Builder between(int fewest, int most) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(atLeast(fewest), Occur.MUST);
    if (most < words.size()) {
      query.add(atLeast(most + 1), Occur.MUST_NOT);
    }
    required.forEach(part -> query.add(part, Occur.FILTER));
    excluded.forEach(part -> query.add(part, Occur.MUST_NOT));
    return query;
  }

  private Query atLeast(int present) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(present);
    words.forEach(word -> query.add(word, Occur.SHOULD));
    return query.build();
  }
}

package newsarchive.search.solr;

import java.util.ArrayList;
import java.util.List;
import newsarchive.query.QueryParts;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A query taken apart for partial matches on Solr, as the embedded index's {@code QueryWords}: the
 * tiers' queries count the words an article has with Solr's {@code bool} parser and its {@code mm}
 * (minimum should match), so a query stays as long as its words whatever their number. Each word
 * goes to Solr as a parameter of its own ({@code word0}, {@code word1}, …) that the tiers' queries
 * and the hits' fields refer to.
 */
final class SolrQueryWords {

  private final QueryParts<String> parts;
  private final String subjects;

  /**
   * The words of {@code parts}, compiled to Solr's standard syntax, and what raises a partial match
   * whose subject is a company the query names ({@code null} for none), as in the embedded index.
   */
  SolrQueryWords(QueryParts<String> parts, String subjects) {
    this.parts = parts;
    this.subjects = subjects;
  }

  /** Whether some words can go missing and leave at least one: two words or more. */
  boolean allowsPartial() {
    return parts.words().size() >= 2;
  }

  /** How many words the query has. */
  int count() {
    return parts.words().size();
  }

  /**
   * The articles missing exactly {@code missing} of the words (having every other) that still meet
   * every required and excluded part; each scores the sum of the words it has and its subjects.
   */
  String missing(int missing) {
    int present = count() - missing;
    return between(present, present, subjects);
  }

  /** The articles with at least one of the words but not all, for counting the partial matches. */
  String someButNotAll() {
    return between(1, count() - 1, null);
  }

  /** Add each word's query as the parameter the tiers' queries refer to. */
  void addTo(ModifiableSolrParams params) {
    for (int i = 0; i < count(); i++) {
      params.set(param(i), parts.words().get(i));
    }
  }

  /** The fields to ask of a partial match: for each word, whether the article has it. */
  List<String> presenceFields() {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < count(); i++) {
      fields.add(presence(i) + ":exists(query($" + param(i) + "))");
    }
    return fields;
  }

  /** The words (as typed) that {@code doc}, read with {@link #presenceFields}, lacks. */
  List<String> missingFrom(SolrDocument doc) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < count(); i++) {
      if (!Boolean.TRUE.equals(doc.getFirstValue(presence(i)))) {
        missing.add(parts.labels().get(i));
      }
    }
    return missing;
  }

  /**
   * Articles with {@code fewest} to {@code most} of the words, and what always holds; the required
   * parts weigh nothing, as filters, and {@code raising} (or {@code null}) adds to the score.
   */
  private String between(int fewest, int most, String raising) {
    List<String> clauses = new ArrayList<>();
    clauses.add("+" + atLeast(fewest));
    if (most < count()) {
      clauses.add("-" + atLeast(most + 1));
    }
    parts.required().forEach(part -> clauses.add("+(" + part + ")^0"));
    parts.excluded().forEach(part -> clauses.add("-" + part));
    if (raising != null) {
      clauses.add(raising);
    }
    return "(" + String.join(" ", clauses) + ")";
  }

  private String atLeast(int present) {
    StringBuilder query = new StringBuilder("{!bool");
    for (int i = 0; i < count(); i++) {
      query.append(" should=$").append(param(i));
    }
    return query.append(" mm=").append(present).append("}").toString();
  }

  private static String param(int word) {
    return "word" + word;
  }

  private static String presence(int word) {
    return "has_word" + word;
  }
}

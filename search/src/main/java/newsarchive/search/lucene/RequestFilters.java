package newsarchive.search.lucene;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.CompanyRole;
import newsarchive.search.DateRange;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.SearchRequest;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A request's facet selections, in the spelling the index has, and its dates, as Lucene queries
 * that narrow a query to the matches a search, a timeline or a co-mention count is about.
 */
final class RequestFilters {

  private final DateRange dates;
  private final Map<String, List<String>> selections;
  private final CompanyRole companyRole;

  /**
   * The filters of {@code request} against {@code snapshot}'s values.
   *
   * @throws IllegalArgumentException when the request selects in a dimension the index lacks, which
   *     callers prevent by asking the search service for its dimensions
   */
  RequestFilters(IndexSnapshot snapshot, SearchRequest request) {
    this.dates = request.dates();
    this.companyRole = request.companyRole();
    this.selections = new LinkedHashMap<>();
    List<String> dimensions = snapshot.facets().dimensions();
    for (String dimension : request.selections().keySet()) {
      if (!dimensions.contains(dimension)) {
        throw new IllegalArgumentException("no facet dimension is named " + dimension);
      }
    }
    for (String dimension : dimensions) {
      selections.put(
          dimension,
          request.selected(dimension).stream()
              .map(String::strip)
              .filter(value -> !value.isEmpty())
              .map(value -> canonical(snapshot, dimension, value))
              .distinct()
              .toList());
    }
  }

  /** The selected values of every dimension (an empty list for none), in the index's spelling. */
  Map<String, List<String>> selections() {
    return selections;
  }

  /** Which articles count for a company, in the company filter and counts. */
  CompanyRole companyRole() {
    return companyRole;
  }

  /** The requested dates. */
  DateRange dates() {
    return dates;
  }

  /** {@code query} with every filter: the facet selections and the dates. */
  Query all(Query query) {
    return drillDown(withDates(query));
  }

  /** {@code query} restricted to the requested dates. */
  Query withDates(Query query) {
    if (dates.isAll()) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(dateFilter(), Occur.FILTER)
        .build();
  }

  /** The articles published in the requested dates. */
  Query dateFilter() {
    return publishedIn(dates);
  }

  /** The articles published in {@code dates}. */
  static Query publishedIn(DateRange dates) {
    return LongField.newRangeQuery(ArticleSchema.PUBLISHED, dates.fromMillis(), dates.toMillis());
  }

  /** {@code base} with the facet selections: OR within a facet, AND across facets. */
  DrillDownQuery drillDown(Query base) {
    DrillDownQuery query = new DrillDownQuery(ArticleSchema.facetsConfig(), base);
    selections.forEach((dimension, values) -> add(query, dimension));
    return query;
  }

  /** The articles with any selected value of {@code dimension}. */
  DrillDownQuery selection(String dimension) {
    return add(new DrillDownQuery(ArticleSchema.facetsConfig()), dimension);
  }

  /** {@code query} with the selection of {@code dimension}, companies in the field of the role. */
  private DrillDownQuery add(DrillDownQuery query, String dimension) {
    String field = companyRole.field(dimension);
    selections.get(dimension).forEach(value -> query.add(field, value));
    return query;
  }

  /**
   * The indexed spelling of {@code value} in {@code dimension} (matched ignoring case), else it.
   */
  static String canonical(IndexSnapshot snapshot, String dimension, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return snapshot.valueCounts(dimension).stream()
        .map(Count::value)
        .filter(known -> known.toLowerCase(Locale.ROOT).equals(lower))
        .findFirst()
        .orElse(value);
  }

  /** The first millisecond of the day {@code epochDay} (days since 1970-01-01), UTC. */
  static long millis(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}

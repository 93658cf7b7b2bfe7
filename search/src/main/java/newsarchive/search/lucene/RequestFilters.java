package newsarchive.search.lucene;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.DateRange;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.SearchRequest;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A request's facet selections and dates as Lucene filters on one snapshot, each selected value
 * spelled as that snapshot spells it: what a search pages through and an export walks.
 */
final class RequestFilters {

  private final DateRange dates;
  private final Map<String, List<String>> selections = new LinkedHashMap<>();

  /** The filters of {@code request}, its values matched against {@code snapshot}'s. */
  RequestFilters(IndexSnapshot snapshot, SearchRequest request) {
    this.dates = request.dates();
    for (String dimension : ArticleSchema.FACET_DIMENSIONS) {
      selections.put(dimension, canonical(snapshot, dimension, request.selected(dimension)));
    }
  }

  /** The selected values per dimension (every dimension present, possibly with none). */
  Map<String, List<String>> selections() {
    return selections;
  }

  /** {@code query} restricted to the dates and the facet selections: OR within, AND across. */
  Query matching(Query query) {
    Query dated =
        dates.isAll()
            ? query
            : new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(dateFilter(), Occur.FILTER)
                .build();
    DrillDownQuery drillDown = new DrillDownQuery(ArticleSchema.facetsConfig(), dated);
    selections.forEach(
        (dimension, values) -> values.forEach(value -> drillDown.add(dimension, value)));
    return drillDown;
  }

  /** The articles published in the requested dates. */
  Query dateFilter() {
    long from = dates.from() == null ? Long.MIN_VALUE : millis(dates.from().toEpochDay());
    long to = dates.to() == null ? Long.MAX_VALUE : millis(dates.to().toEpochDay() + 1) - 1;
    return LongField.newRangeQuery(ArticleSchema.PUBLISHED, from, to);
  }

  private static long millis(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** The indexed spelling of each selected value (matched case-insensitively), else as given. */
  private static List<String> canonical(
      IndexSnapshot snapshot, String dimension, List<String> values) {
    List<Count> known = snapshot.valueCounts(dimension);
    return values.stream()
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .map(
            value ->
                known.stream()
                    .map(Count::value)
                    .filter(k -> k.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(value))
        .distinct()
        .toList();
  }
}

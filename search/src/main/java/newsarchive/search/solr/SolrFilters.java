package newsarchive.search.solr;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.CompanyRole;
import newsarchive.search.DateRange;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.SearchRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A request's search as Solr parameters: the compiled query, and each facet selection (in the
 * collection's spelling) and the date range as a filter tagged with its dimension ({@link #DATES}
 * for the dates), so that a facet can leave its own filter out.
 */
final class SolrFilters {

  /** The tag of the date filter. */
  static final String DATES = "dates";

  private final SearchRequest request;
  private final CompanyRole role;
  private final Map<String, List<String>> selections = new LinkedHashMap<>();
  private final long timeLimitMillis;

  /** The filters of {@code request} on {@code collection}, whose searches stop after a limit. */
  SolrFilters(SolrCollection collection, SearchRequest request, long timeLimitMillis)
      throws IOException {
    this.request = request;
    this.role = request.companyRole();
    this.timeLimitMillis = timeLimitMillis;
    for (String dimension : ArticleSchema.FACET_DIMENSIONS) {
      selections.put(
          dimension,
          Count.canonical(collection.valueCounts(dimension), request.selected(dimension)));
    }
  }

  /**
   * The selected values of every dimension (empty lists included), in the collection's spelling.
   */
  Map<String, List<String>> selections() {
    return Collections.unmodifiableMap(selections);
  }

  /** The dimensions with a selection, and their values. */
  Map<String, List<String>> selected() {
    Map<String, List<String>> selected = new LinkedHashMap<>();
    selections.forEach(
        (dimension, values) -> {
          if (!values.isEmpty()) {
            selected.put(dimension, values);
          }
        });
    return selected;
  }

  /**
   * The field holding the values of {@code dimension} for this request: the subject companies
   * instead of every named one under {@code companyRole=subject}.
   */
  String field(String dimension) {
    return role.field(dimension);
  }

  /**
   * The compiled {@code query} with every filter tagged, tolerant of a lost shard, time-limited.
   */
  ModifiableSolrParams params(String query) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query);
    // A lost shard answers with what the others hold, flagged partial, rather than an error.
    params.set("shards.tolerant", true);
    params.set("timeAllowed", Long.toString(timeLimitMillis));
    selected()
        .forEach(
            (dimension, values) ->
                params.add(
                    "fq",
                    "{!tag="
                        + dimension
                        + "}"
                        + SolrQueryCompiler.anyOf(field(dimension), values)));
    if (!request.dates().isAll()) {
      params.add("fq", "{!tag=" + DATES + "}" + publishedIn(request.dates()));
    }
    return params;
  }

  /** Whether Solr cut the answer short (time limit or a lost shard). */
  static boolean isPartial(QueryResponse response) {
    Object partial = response.getResponseHeader().get("partialResults");
    return Boolean.TRUE.equals(partial) || "true".equals(String.valueOf(partial));
  }

  /** The articles published in {@code dates}. */
  static String publishedIn(DateRange dates) {
    return ArticleSchema.PUBLISHED + ":[" + dates.fromMillis() + " TO " + dates.toMillis() + "]";
  }
}

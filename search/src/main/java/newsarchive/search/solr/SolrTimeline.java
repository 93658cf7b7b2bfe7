package newsarchive.search.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.query.UserQuery;
import newsarchive.search.DateHistogram;
import newsarchive.search.DimensionValue;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.Interval;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult.Bucket;
import newsarchive.search.Timeline;
import newsarchive.search.TimelineRequest;
import newsarchive.search.TimelineRequest.Normalize;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * One timeline request on SolrCloud, in two requests: the span of the dated matches (and, without
 * series, the dimension's top values among the matches), then a range facet per period over the
 * matches and one inside a query facet per series value, rolled up as the embedded index does.
 */
final class SolrTimeline {

  private static final String PERIODS = "periods";

  private final SolrCollection collection;
  private final SolrQueryCompiler compiler;
  private final TimelineRequest request;
  private final long timeLimitMillis;

  /** A timeline for {@code request} on {@code collection}, cut short after a time limit. */
  SolrTimeline(
      SolrCollection collection,
      SolrQueryCompiler compiler,
      TimelineRequest request,
      long timeLimitMillis) {
    this.collection = collection;
    this.compiler = compiler;
    this.request = request;
    this.timeLimitMillis = timeLimitMillis;
  }

  /**
   * Count the parsed {@code parsed}'s matches per period and series, timed from {@code started}.
   */
  @SuppressWarnings("unchecked")
  Timeline run(UserQuery parsed, long started) throws IOException {
    SearchRequest search = request.search();
    SolrFilters filters = new SolrFilters(collection, search, timeLimitMillis);
    String query = compiler.compile(parsed);
    ModifiableSolrParams spanning = filters.params(query);
    spanning.set("rows", 0);
    Map<String, Object> facets = new LinkedHashMap<>(SolrPeriods.facets());
    if (request.top() != null) {
      facets.put(
          "top",
          SolrCollection.terms(filters.field(request.top().dimension()), request.top().count()));
    }
    spanning.set("json.facet", SolrCollection.json(facets));
    QueryResponse spanned = collection.query(spanning);
    NamedList<Object> spanFacets = SolrCollection.facets(spanned);
    List<DimensionValue> series = series(spanFacets);
    SolrPeriods.Span span = SolrPeriods.Span.of(spanFacets);
    boolean partial = SolrFilters.isPartial(spanned);

    Interval shown =
        search.interval() != null
            ? search.interval()
            : span == null ? Interval.MONTH : span.days().readableInterval();
    List<Bucket> periods = List.of();
    List<Timeline.Series> lines = new ArrayList<>();
    boolean share = request.normalize() == Normalize.SHARE;
    if (span == null) {
      series.forEach(value -> lines.add(Timeline.Series.of(value, List.of(), List.of(), share)));
    } else {
      ModifiableSolrParams counting = filters.params(query);
      counting.set("rows", 0);
      Map<String, Object> counts = new LinkedHashMap<>();
      Map<String, Object> periodFacet = span.facet(shown, TimelineRequest.MAX_PERIODS);
      counts.put(PERIODS, periodFacet);
      for (int s = 0; s < series.size(); s++) {
        DimensionValue value = series.get(s);
        counts.put(
            "s" + s,
            Map.of(
                "type",
                "query",
                "q",
                SolrQueryCompiler.anyOf(filters.field(value.dimension()), List.of(value.value())),
                "facet",
                Map.of(PERIODS, periodFacet)));
      }
      counting.set("json.facet", SolrCollection.json(counts));
      QueryResponse counted = collection.query(counting);
      partial |= SolrFilters.isPartial(counted);
      NamedList<Object> periodFacets = SolrCollection.facets(counted);
      periods = buckets(span, periodFacets, shown);
      for (int s = 0; s < series.size(); s++) {
        NamedList<Object> within = (NamedList<Object>) periodFacets.get("s" + s);
        lines.add(Timeline.Series.of(series.get(s), buckets(span, within, shown), periods, share));
      }
    }
    return new Timeline(
        shown.label(),
        request.normalize().label(),
        spanned.getResults().getNumFound(),
        lines,
        Timeline.denominator(search.query(), filters.selected(), search.dates(), shown),
        periods,
        partial,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The series asked for, in the collection's spelling, or the top values among the matches. */
  private List<DimensionValue> series(NamedList<Object> facets) throws IOException {
    if (request.top() != null) {
      return SolrCollection.buckets(facets, "top").stream()
          .map(count -> new DimensionValue(request.top().dimension(), count.value()))
          .toList();
    }
    List<DimensionValue> series = new ArrayList<>();
    for (DimensionValue given : request.series()) {
      List<Count> known = collection.valueCounts(given.dimension());
      series.add(
          new DimensionValue(
              given.dimension(), Count.canonical(known, List.of(given.value())).getFirst()));
    }
    return series;
  }

  /** The periods counted in the range facet {@link #PERIODS} of {@code facets}. */
  private static List<Bucket> buckets(
      SolrPeriods.Span span, NamedList<Object> facets, Interval interval) {
    return DateHistogram.buckets(
        (int) span.first(),
        span.counts(facets, PERIODS, interval, TimelineRequest.MAX_PERIODS),
        span.days(),
        interval,
        TimelineRequest.MAX_PERIODS,
        "periods");
  }
}

package newsarchive.search.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.query.QueryDates;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQueryParser;
import newsarchive.search.Counting;
import newsarchive.search.DateHistogram;
import newsarchive.search.Grouping;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.Interval;
import newsarchive.search.Rescore;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.FacetValue;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.Spelling;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * One search request on SolrCloud: the page of hits with highlights (the partial matches after the
 * all-words ones, see {@link SolrTieredPage}), drill-sideways facet counts (each facet's filter is
 * tagged and excluded from its own counts), and the date histogram (counted without the date
 * filter), in two requests while the page holds all-words matches only.
 */
final class SolrFacetedSearch {

  private final SolrCollection collection;
  private final SolrQueryCompiler compiler;
  private final SearchRequest request;
  private final SolrFilters filters;

  /**
   * What {@code total} and the facets count: {@link #STORIES} (the distinct stories) when asked and
   * the collection is routed by story, else {@code count} (articles).
   */
  private final String counted;

  /** The statistic counting a facet's distinct stories. */
  private static final String STORIES = "stories";

  /**
   * A search for {@code request} on {@code collection}, compiled by {@code compiler}, cut short
   * after {@code timeLimitMillis}.
   */
  SolrFacetedSearch(
      SolrCollection collection,
      SolrQueryCompiler compiler,
      SearchRequest request,
      long timeLimitMillis)
      throws IOException {
    this.collection = collection;
    this.compiler = compiler;
    this.request = request;
    this.filters = new SolrFilters(collection, request, timeLimitMillis);
    this.counted =
        request.count() == Counting.STORIES && collection.countsStories() ? STORIES : "count";
  }

  /** Run the search for the parsed {@code parsed}, timed from {@code startedNanos}. */
  SearchResult run(UserQuery parsed, long startedNanos) throws IOException {
    String query = compiler.compile(parsed);
    SolrQueryWords words = compiler.words(parsed);
    SolrCursor.Position start =
        request.cursor() == null
            ? SolrCursor.Position.START
            : SolrCursor.position(request.cursor(), request.sort());
    long offset = request.cursor() == null ? (long) (request.page() - 1) * request.size() : 0;
    String rescore = compiler.rescore(parsed);
    Rescore.Best best = Rescore.Best.of(request.query());
    SolrTieredPage tiers =
        new SolrTieredPage(
            collection,
            filters,
            request.sort(),
            query,
            words,
            SolrCollection.json(facetRequest()),
            rescore == null && best == Rescore.Best.BY_SCORE
                ? null
                : new SolrRescore(collection, filters, rescore, best),
            request.highlight());
    List<Hit> hits;
    String nextCursor = null;
    Long partialTotal = null;
    if (request.group() == Grouping.STORY) {
      // Stories are paged by number only, as in the embedded index: the all-words matches make
      // the stories; when they run out, the partial matches follow, each on its own.
      SolrStories stories = new SolrStories(collection, tiers);
      SolrStories.Page storyPage = stories.page((int) offset, request.size());
      hits = new ArrayList<>(stories.withVersions(storyPage, hits(storyPage.leaders(), words)));
      if (!storyPage.more() && hits.size() < request.size()) {
        SolrTieredPage.Page rest =
            tiers.page(
                SolrCursor.Position.startOf(1),
                Math.max(0, offset - storyPage.stories()),
                request.size() - hits.size());
        hits.addAll(hits(rest.hits(), words));
        partialTotal = rest.partialTotal();
      }
    } else {
      SolrTieredPage.Page page = tiers.page(start, offset, request.size());
      hits = hits(page.hits(), words);
      nextCursor = page.next() == null ? null : SolrCursor.of(request.sort(), page.next());
      partialTotal = page.partialTotal();
    }
    QueryResponse response = tiers.counted();
    NamedList<Object> facets = SolrCollection.facets(response);
    long total =
        counted.equals(STORIES)
            ? SolrCollection.number(facets, STORIES)
            : response.getResults().getNumFound();
    DateHistogram.Result histogram = histogram(query, facets);
    return new SearchResult(
        total,
        request.page(),
        request.size(),
        request.sort().label(),
        (System.nanoTime() - startedNanos) / 1_000_000,
        SolrFilters.isPartial(response),
        hits,
        facetValues(facets),
        histogram.buckets(),
        histogram.interval().label(),
        suggestion(parsed, total),
        nextCursor,
        partialTotal,
        null, // Solr counts every match
        null,
        compiler.otherWords(parsed, request.query()),
        QueryDates.publishedThen(parsed, request.query()),
        null);
  }

  /**
   * The spelling correction worth suggesting for {@code parsed}, finding {@code total}, or null.
   */
  private String suggestion(UserQuery parsed, long total) throws IOException {
    return Spelling.suggestion(
        parsed,
        request.query(),
        total,
        new SolrVocabulary(collection),
        corrected -> {
          ModifiableSolrParams params =
              filters.params(compiler.compile(UserQueryParser.parse(corrected, request.prefix())));
          params.set("rows", 0);
          return collection.query(params).getResults().getNumFound();
        });
  }

  /**
   * Per dimension: top values counted without its own filter, plus a count for each selected value
   * (which may fall outside the top); and the span of publication days without the date filter.
   */
  private Map<String, Object> facetRequest() {
    Map<String, Object> facets = new LinkedHashMap<>();
    Map<String, Object> stories = Map.of(STORIES, "unique(" + ArticleSchema.STORY + ")");
    boolean countingStories = counted.equals(STORIES);
    if (countingStories) {
      facets.putAll(stories);
    }
    filters
        .selections()
        .forEach(
            (dimension, selected) -> {
              Map<String, Object> domain = Map.of("excludeTags", dimension);
              Map<String, Object> terms =
                  new LinkedHashMap<>(
                      SolrCollection.terms(filters.field(dimension), request.facetSize()));
              terms.put("domain", domain);
              if (countingStories) {
                terms.put("facet", stories);
                terms.put("sort", STORIES + " desc");
              }
              facets.put(dimension, terms);
              for (int i = 0; i < selected.size(); i++) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("type", "query");
                value.put(
                    "q",
                    SolrQueryCompiler.anyOf(filters.field(dimension), List.of(selected.get(i))));
                value.put("domain", domain);
                if (countingStories) {
                  value.put("facet", stories);
                }
                facets.put(dimension + "_" + i, value);
              }
            });
    facets.put(
        "span",
        Map.of(
            "type",
            "query",
            "q",
            SolrQueryCompiler.EVERYTHING,
            "domain",
            Map.of("excludeTags", SolrFilters.DATES),
            "facet",
            SolrPeriods.facets()));
    return facets;
  }

  /**
   * Matches per period from the first dated match to the last, without the date filter, made into
   * bars by the shared {@link DateHistogram} exactly as the embedded index does.
   */
  @SuppressWarnings("unchecked")
  private DateHistogram.Result histogram(String query, NamedList<Object> facets)
      throws IOException {
    SolrPeriods.Span span = SolrPeriods.Span.of((NamedList<Object>) facets.get("span"));
    if (span == null) {
      return DateHistogram.of(0, new long[0], request.interval());
    }
    Interval interval =
        request.interval() != null ? request.interval() : span.days().readableInterval();
    ModifiableSolrParams params = filters.params(query);
    params.set("rows", 0);
    Map<String, Object> periods =
        new LinkedHashMap<>(span.facet(interval, DateHistogram.MAX_BUCKETS));
    periods.put("domain", Map.of("excludeTags", SolrFilters.DATES));
    params.set("json.facet", SolrCollection.json(Map.of("periods", periods)));
    long[] counts =
        span.counts(
            SolrCollection.facets(collection.query(params)),
            "periods",
            interval,
            DateHistogram.MAX_BUCKETS);
    return DateHistogram.of((int) span.first(), counts, interval);
  }

  /** The page's hits, each marked as an all-words or a partial match (with the words it lacks). */
  private static List<Hit> hits(List<SolrTieredPage.Ranked> page, SolrQueryWords words) {
    List<Hit> hits = new ArrayList<>();
    for (SolrTieredPage.Ranked ranked : page) {
      SolrDocument doc = ranked.doc();
      QueryResponse response = ranked.response();
      String id = (String) doc.getFirstValue(ArticleSchema.ID);
      SolrArticles.Listed listed = SolrArticles.listed(doc);
      boolean all = ranked.tier() == 0;
      hits.add(
          new Hit(
              id,
              listed.title(),
              SolrHighlights.marked(response, id, ArticleSchema.TITLE, listed.title()),
              listed.published(),
              listed.source(),
              listed.url(),
              listed.companies(),
              listed.topics(),
              SolrHighlights.marked(
                  response, id, ArticleSchema.BODY, (String) doc.getFirstValue(ArticleSchema.BODY)),
              all ? Hit.ALL : Hit.PARTIAL,
              all ? null : words.missingFrom(doc),
              null,
              null));
    }
    return hits;
  }

  /** The top values of each dimension, then any selected value not among them. */
  private Map<String, List<FacetValue>> facetValues(NamedList<Object> facets) {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    filters
        .selections()
        .forEach(
            (dimension, selected) -> {
              List<FacetValue> values = new ArrayList<>();
              for (Count count : SolrCollection.buckets(facets, dimension, counted)) {
                values.add(
                    new FacetValue(count.value(), count.count(), selected.contains(count.value())));
              }
              for (int i = 0; i < selected.size(); i++) {
                String value = selected.get(i);
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                  values.add(
                      new FacetValue(
                          value, SolrCollection.count(facets, dimension + "_" + i, counted), true));
                }
              }
              result.put(dimension, values);
            });
    return result;
  }
}

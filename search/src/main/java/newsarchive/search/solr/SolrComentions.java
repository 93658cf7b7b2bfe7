package newsarchive.search.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.query.UserQuery;
import newsarchive.search.ComentionRequest;
import newsarchive.search.Comentions;
import newsarchive.search.Comentions.Comention;
import newsarchive.search.DateHistogram;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.Interval;
import newsarchive.search.SearchResult.Bucket;
import newsarchive.search.Timeline;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * One co-mention request on SolrCloud, in two requests: a terms facet on the companies of the
 * matches that have the asked company (with their span of days), then each listed company's count
 * among all the matches (for the lift) and a range facet per month for the top pairs.
 */
final class SolrComentions {

  private static final String WITH = "with";

  private final SolrCollection collection;
  private final SolrQueryCompiler compiler;
  private final ComentionRequest request;
  private final long timeLimitMillis;

  /** Co-mentions for {@code request} on {@code collection}, cut short after a time limit. */
  SolrComentions(
      SolrCollection collection,
      SolrQueryCompiler compiler,
      ComentionRequest request,
      long timeLimitMillis) {
    this.collection = collection;
    this.compiler = compiler;
    this.request = request;
    this.timeLimitMillis = timeLimitMillis;
  }

  /** Count the companies with the asked one among the parsed {@code parsed}'s matches. */
  @SuppressWarnings("unchecked")
  Comentions run(UserQuery parsed, long started) throws IOException {
    SolrFilters filters = new SolrFilters(collection, request.search(), timeLimitMillis);
    String query = compiler.compile(parsed);
    String company =
        Count.canonical(collection.valueCounts(ArticleSchema.COMPANY), List.of(request.company()))
            .getFirst();
    // Under companyRole=subject, both the asked company and its companions count as subjects.
    String field = filters.field(ArticleSchema.COMPANY);
    String withCompany = SolrQueryCompiler.anyOf(field, List.of(company));

    ModifiableSolrParams pairing = filters.params(query);
    pairing.set("rows", 0);
    Map<String, Object> within = new LinkedHashMap<>(SolrPeriods.facets());
    // One more than asked: the company itself is among its own articles' companies.
    within.put("companies", SolrCollection.terms(field, request.size() + 1));
    pairing.set(
        "json.facet",
        SolrCollection.json(
            Map.of(WITH, Map.of("type", "query", "q", withCompany, "facet", within))));
    QueryResponse paired = collection.query(pairing);
    long population = paired.getResults().getNumFound();
    NamedList<Object> with = (NamedList<Object>) SolrCollection.facets(paired).get(WITH);
    long total = with == null ? 0 : ((Number) with.get("count")).longValue();
    List<Count> top =
        with == null
            ? List.of()
            : SolrCollection.buckets(with, "companies").stream()
                .filter(count -> !count.value().equals(company))
                .limit(request.size())
                .toList();
    SolrPeriods.Span span = SolrPeriods.Span.of(with);
    int charted = Math.min(top.size(), ComentionRequest.WITH_SERIES);

    NamedList<Object> counted = new NamedList<>();
    boolean partial = SolrFilters.isPartial(paired);
    if (!top.isEmpty()) {
      ModifiableSolrParams counting = filters.params(query);
      counting.set("rows", 0);
      Map<String, Object> facets = new LinkedHashMap<>();
      Map<String, Object> pairs = new LinkedHashMap<>();
      for (int rank = 0; rank < top.size(); rank++) {
        String other = SolrQueryCompiler.anyOf(field, List.of(top.get(rank).value()));
        facets.put("all" + rank, Map.of("type", "query", "q", other));
        if (rank < charted && span != null) {
          pairs.put(
              "pair" + rank,
              Map.of(
                  "type",
                  "query",
                  "q",
                  other,
                  "facet",
                  Map.of("months", span.facet(Interval.MONTH, Integer.MAX_VALUE))));
        }
      }
      facets.put(WITH, Map.of("type", "query", "q", withCompany, "facet", pairs));
      counting.set("json.facet", SolrCollection.json(facets));
      QueryResponse response = collection.query(counting);
      partial |= SolrFilters.isPartial(response);
      counted = SolrCollection.facets(response);
    }
    NamedList<Object> countedWith = (NamedList<Object>) counted.get(WITH);
    List<Comention> companies = new ArrayList<>();
    for (int rank = 0; rank < top.size(); rank++) {
      long count = top.get(rank).count();
      long all = SolrCollection.count(counted, "all" + rank);
      companies.add(
          new Comention(
              top.get(rank).value(),
              count,
              Timeline.ratio(count, total),
              Timeline.ratio(count * population, total * all),
              rank < charted && span != null ? months(span, countedWith, rank) : null));
    }
    return new Comentions(
        company, total, population, companies, partial, (System.nanoTime() - started) / 1_000_000);
  }

  /** The articles with both companies per month of the asked company's span. */
  @SuppressWarnings("unchecked")
  private static List<Bucket> months(SolrPeriods.Span span, NamedList<Object> with, int rank) {
    NamedList<Object> pair = with == null ? null : (NamedList<Object>) with.get("pair" + rank);
    return DateHistogram.buckets(
        (int) span.first(),
        span.counts(pair, "months", Interval.MONTH, Integer.MAX_VALUE),
        span.days(),
        Interval.MONTH,
        Integer.MAX_VALUE,
        "months");
  }
}

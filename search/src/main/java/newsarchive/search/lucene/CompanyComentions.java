package newsarchive.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsarchive.index.ArticleSchema;
import newsarchive.query.UserQuery;
import newsarchive.search.ComentionRequest;
import newsarchive.search.Comentions;
import newsarchive.search.Comentions.Comention;
import newsarchive.search.DateHistogram;
import newsarchive.search.DateHistogram.Span;
import newsarchive.search.Interval;
import newsarchive.search.SearchResult.Bucket;
import newsarchive.search.Timeline;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.Query;

/**
 * One co-mention request run against one index snapshot. A first pass over the search's matches
 * counts every company, and every company among the matches that have the asked company; when the
 * search lists everything, the whole version's counts are kept per version already, so the pass
 * visits only the asked company's articles. A second pass over those articles counts the top pairs
 * per day, for their monthly series.
 */
final class CompanyComentions {

  private final IndexSnapshot snapshot;
  private final ComentionRequest request;
  private final Deadline deadline;

  /** Co-mentions for {@code request} on {@code snapshot}, stopping after {@code timeLimit}. */
  CompanyComentions(IndexSnapshot snapshot, ComentionRequest request, Duration timeLimit) {
    this.snapshot = snapshot;
    this.request = request;
    this.deadline = new Deadline(timeLimit);
  }

  /** Count the companies with the asked one among the parsed {@code query}'s matches. */
  Comentions run(UserQuery query, long started) throws IOException {
    RequestFilters filters = new RequestFilters(snapshot, request.search());
    Query matching = filters.all(new QueryCompiler(snapshot).compile(query));
    FacetTable table = snapshot.facets();
    String company = RequestFilters.canonical(snapshot, ArticleSchema.COMPANY, request.company());
    int anchor = table.id(ArticleSchema.COMPANY, company);
    Query withCompany = withCompany(matching, company);

    long population;
    long[] values;
    long[] together;
    if (request.search().listsEverything()) {
      population = snapshot.getIndexReader().numDocs();
      values = table.wholeValueCounts();
      together = countWith(table, withCompany, anchor, new int[0]).anchoredCounts();
    } else {
      ColumnCounting.Tally all = countWith(table, matching, anchor, new int[0]);
      population = all.matches();
      values = all.valueCounts();
      together = all.anchoredCounts();
    }
    long total = anchor < 0 ? 0 : together[anchor];
    int[] top =
        table.top(
            table.dimensions().indexOf(ArticleSchema.COMPANY), together, request.size(), anchor);
    int[] charted = Arrays.copyOf(top, Math.min(top.length, ComentionRequest.WITH_SERIES));
    ColumnCounting.Tally days = countWith(table, withCompany, anchor, charted);
    Span span = Span.of(table.firstDay(), days.dayCounts());

    List<Comention> companies = new ArrayList<>();
    for (int rank = 0; rank < top.length; rank++) {
      int id = top[rank];
      long count = together[id];
      List<Bucket> months =
          rank >= charted.length || span == null
              ? null
              : DateHistogram.buckets(
                  table.firstDay(),
                  days.trackedDays()[rank],
                  span,
                  Interval.MONTH,
                  Integer.MAX_VALUE,
                  "months");
      companies.add(
          new Comention(
              table.value(id),
              count,
              Timeline.ratio(count, total),
              Timeline.ratio(count * population, total * values[id]),
              months));
    }
    return new Comentions(
        company,
        total,
        population,
        companies,
        deadline.cutShort(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private ColumnCounting.Tally countWith(FacetTable table, Query query, int anchor, int[] tracked)
      throws IOException {
    return snapshot.search(
        query,
        deadline.limit(new ColumnCounting(table, anchor, tracked, request.search().companyRole())));
  }

  /**
   * {@code matching} narrowed to the articles tagged with {@code company} in the request's role.
   */
  private Query withCompany(Query matching, String company) {
    DrillDownQuery query = new DrillDownQuery(ArticleSchema.facetsConfig(), matching);
    query.add(request.search().companyRole().field(), company);
    return query;
  }
}

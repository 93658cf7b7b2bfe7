package newsarchive.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import newsarchive.search.Counting;
import newsarchive.search.DateRange;
import newsarchive.search.Grouping;
import newsarchive.search.Interval;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchService;
import newsarchive.search.SortOrder;

/** {@code GET /api/search}: reads the query parameters into a search request and answers it. */
final class SearchEndpoint implements Handler {

  private final SearchService service;

  SearchEndpoint(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    String sort = Params.text(ctx, "sort");
    String interval = Params.text(ctx, "interval");
    String group = Params.text(ctx, "group");
    String count = Params.text(ctx, "count");
    SearchRequest request =
        new SearchRequest(
            ctx.queryParam("q"),
            Params.prefix(ctx),
            Params.selections(ctx),
            DateRange.parse(ctx.queryParam("from"), ctx.queryParam("to")),
            sort == null ? null : SortOrder.parse(sort),
            Params.integer(ctx, "page", 1),
            Params.integer(ctx, "size", 20),
            Params.text(ctx, "cursor"),
            Params.integer(ctx, "facetSize", 20),
            interval == null ? null : Interval.parse(interval),
            group == null ? null : Grouping.parse(group),
            count == null ? null : Counting.parse(count));
    ctx.json(service.search(request));
  }
}

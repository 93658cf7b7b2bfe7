package newsarchive.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import newsarchive.search.SearchService;

/** {@code GET /api/search}: reads the query parameters into a search request and answers it. */
final class SearchEndpoint implements Handler {

  private final SearchService service;

  SearchEndpoint(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ctx.json(service.search(Params.searchRequest(ctx, service)));
  }
}

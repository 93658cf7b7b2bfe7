package newsarchive.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.ComentionRequest;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SearchService;

/**
 * {@code GET /api/comentions}: {@code company} names the company asked about (here it is not a
 * filter: the lift compares it with every other company over the search's articles), {@code size}
 * how many companies to list; every other search parameter narrows the articles counted.
 */
final class ComentionsEndpoint implements Handler {

  private final SearchService service;

  ComentionsEndpoint(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    List<String> company = ctx.queryParams(ArticleSchema.COMPANY);
    if (company.size() > 1) {
      throw InvalidRequestException.parameter(
          "company must be given once: the company whose co-mentions to list, got "
              + company.size()
              + ".");
    }
    Map<String, List<String>> selections = Params.selections(ctx, service);
    selections.remove(ArticleSchema.COMPANY);
    ComentionRequest request =
        new ComentionRequest(
            service.asAnswered(Params.searchRequest(ctx, selections)),
            company.isEmpty() ? null : company.getFirst(),
            Params.integer(ctx, "size", 20));
    ctx.json(service.comentions(request));
  }
}

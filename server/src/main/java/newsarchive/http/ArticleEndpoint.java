package newsarchive.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import newsarchive.search.SearchService;

/** {@code GET /api/articles/{id}}: the whole article, its body marked for {@code q}, or a 404. */
final class ArticleEndpoint implements Handler {

  private final SearchService service;

  ArticleEndpoint(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    service
        .article(id, Params.text(ctx, "q"))
        .ifPresentOrElse(
            ctx::json,
            () ->
                ctx.status(HttpStatus.NOT_FOUND)
                    .json(new ErrorBody("not_found", "No article has the id '" + id + "'.")));
  }
}

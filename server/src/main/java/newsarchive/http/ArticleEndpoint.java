package newsarchive.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import newsarchive.search.SearchService;

/**
 * {@code GET /api/articles/{id}}: the whole article, its body marked for {@code q} (and {@code
 * prefix}), or a 404.
 */
final class ArticleEndpoint implements Handler {

  private final SearchService service;

  ArticleEndpoint(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(
        service
            .article(id, Params.text(ctx, "q"), Params.prefix(ctx))
            .orElseThrow(() -> new NotFoundException("No article has the id '" + id + "'.")));
  }
}

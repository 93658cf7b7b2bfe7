package newsarchive.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import newsarchive.search.Dimension;
import newsarchive.search.DimensionValue;
import newsarchive.search.SearchService;
import newsarchive.search.TimelineRequest;
import newsarchive.search.TimelineRequest.Normalize;
import newsarchive.search.TimelineRequest.Top;

/**
 * {@code GET /api/timeline}: every search parameter, plus {@code series} (repeatable, {@code
 * company:Nvidia}), {@code top} ({@code company:5}, without series) and {@code normalize} ({@code
 * count} or {@code share}); {@code interval} is the period width.
 */
final class TimelineEndpoint implements Handler {

  private final SearchService service;

  TimelineEndpoint(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    String top = Params.text(ctx, "top");
    String normalize = Params.text(ctx, "normalize");
    List<String> dimensions = service.dimensions().stream().map(Dimension::name).toList();
    TimelineRequest request =
        new TimelineRequest(
            service.asAnswered(Params.searchRequest(ctx, service)),
            ctx.queryParams("series").stream()
                .map(series -> DimensionValue.parse("series", series, dimensions))
                .toList(),
            top == null ? null : Top.parse(top, dimensions),
            normalize == null ? null : Normalize.parse(normalize));
    ctx.json(service.timeline(request));
  }
}

package newsarchive.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import newsarchive.article.Article;
import newsarchive.export.ExportFormat;
import newsarchive.search.ExportSink;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/export}: every article matching the search parameters, streamed in {@code format}
 * as the index walk hands them over. Memory stays flat however many match: a client that reads
 * slowly slows the walk, one that goes away stops it and releases the index version it read.
 */
final class ExportEndpoint implements Handler {

  private static final Logger LOG = LoggerFactory.getLogger(ExportEndpoint.class);

  private final SearchService service;

  ExportEndpoint(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    String formatName = Params.text(ctx, "format");
    ExportFormat format = formatName == null ? ExportFormat.CSV : ExportFormat.parse(formatName);
    boolean bodies = bodies(Params.text(ctx, "fields"));
    SearchRequest request = service.asAnswered(Params.searchRequest(ctx, service));
    Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    Response response = new Response(ctx, format, request, format.writer(out, bodies));
    try {
      service.export(request, bodies, response);
      response.toClient(out::flush);
    } catch (ClientGone e) {
      LOG.info(
          "Export stopped after {} of {} articles: the client went away ({})",
          response.written,
          response.total,
          e.getCause().toString());
    }
  }

  /** Whether {@code fields} (a comma-separated list, only {@code body} known) asks for bodies. */
  private static boolean bodies(String fields) {
    if (fields == null) {
      return false;
    }
    for (String field : fields.split(",")) {
      if (!field.strip().equals("body")) {
        throw InvalidRequestException.parameter(
            "fields may only name body (every other field is always exported), got '"
                + field.strip()
                + "'.");
      }
    }
    return true;
  }

  /**
   * The response as an export sink: sets the headers once the total is known (so a bad request
   * still gets its JSON error), then writes each article; a failed write means the client is gone.
   */
  private static final class Response implements ExportSink {
    private final Context ctx;
    private final ExportFormat format;
    private final SearchRequest request;
    private final ExportSink rows;
    private long total;
    private long written;

    Response(Context ctx, ExportFormat format, SearchRequest request, ExportSink rows) {
      this.ctx = ctx;
      this.format = format;
      this.request = request;
      this.rows = rows;
    }

    @Override
    public void begin(long total) throws IOException {
      this.total = total;
      ctx.contentType(format.contentType());
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\"" + SearchTitle.fileName(request, format.extension()) + "\"");
      ctx.header("X-Total-Count", Long.toString(total));
      toClient(() -> rows.begin(total));
    }

    @Override
    public boolean accept(Article article) throws IOException {
      toClient(() -> rows.accept(article));
      written++;
      return true;
    }

    /** Run a write to the client, a failure of which means the client is gone. */
    void toClient(Write write) throws ClientGone {
      try {
        write.run();
      } catch (IOException e) {
        throw new ClientGone(e);
      }
    }
  }

  /** Something written to the client. */
  @FunctionalInterface
  private interface Write {
    /** Write it. */
    void run() throws IOException;
  }

  /** A write to the client failed: it closed the connection or stopped reading for too long. */
  private static final class ClientGone extends IOException {
    ClientGone(IOException cause) {
      super(cause);
    }
  }
}

package newsarchive.search.solr;

import java.io.IOException;
import newsarchive.index.ArticleSchema;
import newsarchive.search.ExportSink;
import newsarchive.search.SortOrder;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Walks every match of a request on SolrCloud in the request's order, a batch at a time with {@code
 * cursorMark}: memory stays at one batch, whatever the total.
 */
final class SolrExport {

  /** Articles fetched per request, as the embedded index's walk takes them. */
  static final int BATCH = 1_000;

  /** The fields an export reads; the body, the costliest to send, only when asked for. */
  private static final String FIELDS = SolrArticles.LISTED_FIELDS + "," + ArticleSchema.AUTHOR;

  private SolrExport() {}

  /**
   * Hand each article matching {@code params} (the request's query and filters) in {@code order} to
   * {@code sink} until the matches end or the sink says stop; the number it took.
   */
  static long run(
      SolrCollection collection,
      ModifiableSolrParams params,
      SortOrder order,
      boolean bodies,
      ExportSink sink)
      throws IOException {
    // An export is whole or fails: no time limit, and no answer from the shards that remain.
    params.remove("timeAllowed");
    params.remove("shards.tolerant");
    params.set("sort", SolrCursor.sort(order));
    params.set("rows", BATCH);
    params.set("fl", bodies ? FIELDS + "," + ArticleSchema.BODY : FIELDS);
    String mark = CursorMarkParams.CURSOR_MARK_START;
    long taken = 0;
    boolean begun = false;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse response = collection.query(params);
      if (!begun) {
        sink.begin(response.getResults().getNumFound());
        begun = true;
      }
      for (SolrDocument doc : response.getResults()) {
        taken++;
        if (!sink.accept(SolrArticles.article(doc))) {
          return taken;
        }
      }
      String next = response.getNextCursorMark();
      if (response.getResults().size() < BATCH || next.equals(mark)) {
        return taken;
      }
      mark = next;
    }
  }
}

package newsarchive.search.lucene;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsarchive.index.ArticleSchema;
import newsarchive.query.UserQuery;
import newsarchive.search.ExportSink;
import newsarchive.search.SearchRequest;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Walks every match of a request on one snapshot, in the request's order, a batch at a time with
 * searchAfter: memory stays at one batch of sort values and one article, whatever the total.
 */
final class ExportWalk {

  /**
   * Hits fetched per search: large enough that the searches cost little next to reading the
   * articles, small enough that a batch's sort values take a few tens of kilobytes.
   */
  static final int BATCH = 1_000;

  /** The stored fields an export reads; the body, the costliest to read, only when asked for. */
  private static final Set<String> FIELDS =
      Set.of(
          ArticleSchema.ID,
          ArticleSchema.TITLE,
          ArticleSchema.PUBLISHED,
          ArticleSchema.SOURCE,
          ArticleSchema.URL,
          ArticleSchema.AUTHOR,
          ArticleSchema.COMPANY,
          ArticleSchema.TOPIC);

  private static final Set<String> FIELDS_WITH_BODY =
      Stream.concat(FIELDS.stream(), Stream.of(ArticleSchema.BODY))
          .collect(Collectors.toUnmodifiableSet());

  private ExportWalk() {}

  /**
   * Hand each article matching {@code request} (its text parsed as {@code query}) to {@code sink}
   * until the matches end or the sink says stop; the number it took.
   */
  static long run(
      IndexSnapshot snapshot,
      SearchRequest request,
      UserQuery query,
      boolean bodies,
      ExportSink sink)
      throws IOException {
    Query matching =
        new RequestFilters(snapshot, request).all(new QueryCompiler(snapshot).compile(query));
    Sort sort = Ordering.sort(request.sort());
    Set<String> fields = bodies ? FIELDS_WITH_BODY : FIELDS;
    StoredFields stored = snapshot.storedFields();
    sink.begin(snapshot.count(matching));
    long taken = 0;
    FieldDoc after = null;
    while (true) {
      // The total is already known, so each search may skip what cannot make its batch.
      ScoreDoc[] batch =
          snapshot.search(matching, new TopFieldCollectorManager(sort, BATCH, after, BATCH))
              .scoreDocs;
      for (ScoreDoc hit : batch) {
        taken++;
        if (!sink.accept(ArticleSchema.fromDocument(stored.document(hit.doc, fields)))) {
          return taken;
        }
      }
      if (batch.length < BATCH) {
        return taken;
      }
      after = (FieldDoc) batch[batch.length - 1];
    }
  }
}

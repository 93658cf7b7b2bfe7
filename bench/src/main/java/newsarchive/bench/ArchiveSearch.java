package newsarchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Counting;
import newsarchive.search.DateRange;
import newsarchive.search.Grouping;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;

/**
 * The archive's search service over an index, in process: the full answer the page gets (top-10,
 * drill-sideways facets, histogram, highlights, spelling suggestion).
 */
final class ArchiveSearch implements AutoCloseable {

  private final SearchService service;

  private ArchiveSearch(SearchService service) {
    this.service = service;
  }

  /** Open the index at {@code indexDir} as the server does. */
  static ArchiveSearch open(Path indexDir) throws IOException {
    return new ArchiveSearch(LuceneSearch.open(indexDir));
  }

  /** The service as a competitor named {@code ours}. */
  Competitor competitor() {
    return new Competitor("ours", this::answer);
  }

  /** The service itself, for the requests that are not searches. */
  SearchService service() {
    return service;
  }

  /** Answer one query of the mix with a page of ten hits; return the number of hits. */
  long answer(BenchQuery query) throws IOException {
    return service.search(request(query)).total();
  }

  /**
   * The query as the HTTP layer would turn its URL parameters into a request, counting every match
   * as the bare baseline does.
   */
  static SearchRequest request(BenchQuery query) {
    return request(query, Grouping.NONE, Counting.ARTICLES);
  }

  /** {@link #request(BenchQuery)} grouped and counted as asked: the page sends stories, stories. */
  static SearchRequest request(BenchQuery query, Grouping group, Counting count) {
    return new SearchRequest(
        query.text(),
        Prefix.NONE,
        Map.of(ArticleSchema.COMPANY, query.companies(), ArticleSchema.TOPIC, query.topics()),
        new DateRange(query.from(), query.to()),
        null,
        1,
        10,
        null,
        20,
        null,
        group,
        count,
        null,
        SearchRequest.EXACT_ALWAYS,
        true);
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}

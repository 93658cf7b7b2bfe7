package newsarchive.search;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The archive's read side, the one seam the HTTP API and the command line talk to: search, read an
 * article, complete, and report on the index. Each call answers from one version of the index. The
 * embedded Lucene index implements it; no engine type crosses it, so another engine can stand
 * behind it without a change above.
 */
public interface SearchService extends AutoCloseable {

  /** How long one search may run before it answers with what it has found. */
  Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

  /** One page of hits with facets, histogram and suggestion for {@code request}. */
  SearchResult search(SearchRequest request) throws IOException;

  /**
   * The article with {@code id}, its body marked for {@code query} (read as {@code prefix} asks)
   * when given, with its related articles; empty when no article has that id.
   */
  Optional<ArticleView> article(String id, String query, Prefix prefix) throws IOException;

  /**
   * Coverage over time: per period, the articles matching {@code request}'s search that have each
   * series' value, with the share of all the search's articles of the period when asked. An engine
   * counts this as one search with a count per day per series (Lucene: one pass over the facet
   * columns; Solr: a JSON facet range per series query).
   */
  Timeline timeline(TimelineRequest request) throws IOException;

  /**
   * The companies most often in the same articles as {@code request}'s company, among the articles
   * matching its search, with share, lift and monthly series for the top pairs. An engine counts
   * companies over the matches and over the matches with the company (Solr: two terms facets, then
   * a range facet per top pair).
   */
  Comentions comentions(ComentionRequest request) throws IOException;

  /**
   * Hand every article matching {@code request} to {@code sink}, in the request's order, all from
   * one version of the index, holding only one article in memory at a time; the page, size and
   * cursor are ignored, since an export has no pages.
   *
   * @param bodies whether each article carries its body (reading bodies costs the most)
   * @return how many articles the sink took
   */
  long export(SearchRequest request, boolean bodies, ExportSink sink) throws IOException;

  /**
   * {@code request}, or its spelling correction's request when {@link #search} answers with the
   * correction's results ("Showing results for …"): what an export, a feed or a count over time of
   * a search takes, so that it holds the articles the search listed, not nothing.
   */
  default SearchRequest asAnswered(SearchRequest request) throws IOException {
    if (request.query().isBlank()) {
      return request;
    }
    SearchResult.Corrected corrected = search(request.withSize(1)).corrected();
    return corrected == null ? request : request.withQuery(corrected.query());
  }

  /** Completions for the text being typed. */
  List<Suggestion> suggest(String typed) throws IOException;

  /** Whether the archive has articles, how many, and when the index was committed. */
  Health health() throws IOException;

  /** What the index holds: counts, date range, values per facet, size on disk. */
  IndexStats stats() throws IOException;

  /**
   * The facet dimensions the archive counts and filters by, in display order: the names the search
   * request's selections and the result's facets use.
   */
  List<Dimension> dimensions() throws IOException;

  /**
   * The version of the index now answering: it changes with every commit, so a client can tell
   * whether what it has seen is still current.
   */
  long version() throws IOException;

  /** Release what the service holds (files, threads, connections). */
  @Override
  void close() throws IOException;
}

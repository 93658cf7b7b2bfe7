package newsarchive.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsarchive.index.ArticleSchema;
import newsarchive.query.Synonyms;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQueryParser;
import newsarchive.search.ArticleView;
import newsarchive.search.ComentionRequest;
import newsarchive.search.Comentions;
import newsarchive.search.CompanyRole;
import newsarchive.search.DateRange;
import newsarchive.search.Dimension;
import newsarchive.search.ExportSink;
import newsarchive.search.Health;
import newsarchive.search.IndexStats;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import newsarchive.search.SortOrder;
import newsarchive.search.Spelling;
import newsarchive.search.Suggestion;
import newsarchive.search.Timeline;
import newsarchive.search.TimelineRequest;
import newsarchive.search.lucene.IndexSnapshot.SearchComputation;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/**
 * The archive's search contract: search, read an article, complete, and report on the index. Each
 * call reads one snapshot of the live index from start to end.
 */
public final class LuceneSearch implements SearchService {

  /** Typed prefixes up to this long have their answers kept per index version. */
  private static final int FIRST_LETTERS = 2;

  private final LiveIndex index;
  private final Duration timeLimit;

  private LuceneSearch(LiveIndex index, Duration timeLimit) {
    this.index = index;
    this.timeLimit = timeLimit;
  }

  /** The index at {@code indexDir} as it is now, with the default time limit. */
  public static LuceneSearch open(Path indexDir) throws IOException {
    return open(indexDir, Synonyms.bundled());
  }

  /** The index at {@code indexDir} as it is now, its queries matching {@code synonyms}. */
  public static LuceneSearch open(Path indexDir, Synonyms synonyms) throws IOException {
    return new LuceneSearch(
        LiveIndex.open(indexDir, (snapshot, first) -> {}, synonyms), DEFAULT_TIME_LIMIT);
  }

  /**
   * The index at {@code indexDir}, switched to each new commit within {@code refresh}, whose
   * searches stop after {@code timeLimit}; each version is warmed up (see {@link WarmUp}) before it
   * answers, so this returns once the first one is.
   */
  public static LuceneSearch following(Path indexDir, Duration refresh, Duration timeLimit)
      throws IOException {
    return following(indexDir, refresh, timeLimit, Synonyms.bundled());
  }

  /** As {@link #following(Path, Duration, Duration)}, its queries matching {@code synonyms}. */
  public static LuceneSearch following(
      Path indexDir, Duration refresh, Duration timeLimit, Synonyms synonyms) throws IOException {
    LiveIndex index = LiveIndex.open(indexDir, new WarmUp(timeLimit), synonyms);
    index.refreshEvery(refresh);
    return new LuceneSearch(index, timeLimit);
  }

  /**
   * One page of hits with facets, histogram and suggestion for {@code request}, or for its spelling
   * correction when nothing has every word as typed ({@link Spelling#correctingNothingFound}).
   */
  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return Spelling.correctingNothingFound(
        request,
        asTyped -> {
          long started = System.nanoTime();
          UserQuery query = parse(asTyped);
          return index.read(snapshot -> search(snapshot, asTyped, query, timeLimit, started));
        });
  }

  /** {@code request}, parsed as {@code query}, answered from {@code snapshot}. */
  static SearchResult search(
      IndexSnapshot snapshot,
      SearchRequest request,
      UserQuery query,
      Duration timeLimit,
      long started)
      throws IOException {
    SearchComputation search =
        () -> new FacetedSearch(snapshot, request, timeLimit).run(query, started);
    if (!request.listsEverything() && !typesFirstLetters(request, query)) {
      return search.compute();
    }
    SearchResult kept = snapshot.kept(request, search);
    return kept.withTookMs((System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Whether {@code request} is the first one or two letters of a search typed with no filter: its
   * completions match nearly every article, so counting them costs what listing everything does,
   * and every user typing a word starting so asks the same.
   */
  private static boolean typesFirstLetters(SearchRequest request, UserQuery query) {
    return query instanceof UserQuery.Text text
        && text.completing()
        && text.field() == null
        && text.text().strip().length() <= FIRST_LETTERS
        && request.selections().isEmpty()
        && request.dates().equals(DateRange.ALL)
        && request.companyRole() == CompanyRole.ANY;
  }

  /** Coverage over time for {@code request}, from one snapshot. */
  @Override
  public Timeline timeline(TimelineRequest request) throws IOException {
    long started = System.nanoTime();
    UserQuery query = parse(request.search());
    return index.read(
        snapshot -> new CoverageTimeline(snapshot, request, timeLimit).run(query, started));
  }

  /** Who appears with {@code request}'s company, from one snapshot. */
  @Override
  public Comentions comentions(ComentionRequest request) throws IOException {
    long started = System.nanoTime();
    UserQuery query = parse(request.search());
    return index.read(
        snapshot -> new CompanyComentions(snapshot, request, timeLimit).run(query, started));
  }

  /** The query text of {@code search}, parsed as its {@code prefix} asks. */
  static UserQuery parse(SearchRequest search) {
    return UserQueryParser.parse(search.query(), search.prefix());
  }

  /**
   * The article with {@code id}, its body marked for {@code query} (read as {@code prefix} asks)
   * when given, or empty.
   */
  @Override
  public Optional<ArticleView> article(String id, String query, Prefix prefix) throws IOException {
    UserQuery parsed =
        query == null || query.isBlank() ? null : UserQueryParser.parse(query, prefix);
    return index.read(
        snapshot ->
            ArticleReader.read(
                snapshot,
                id,
                parsed == null ? null : QueryCompiler.forMarking(snapshot).compile(parsed)));
  }

  /**
   * Hand every article matching {@code request} to {@code sink} in its order, holding one snapshot
   * for the whole walk.
   */
  @Override
  public long export(SearchRequest request, boolean bodies, ExportSink sink) throws IOException {
    UserQuery query = UserQueryParser.parse(request.query(), request.prefix());
    return index.read(snapshot -> ExportWalk.run(snapshot, request, query, bodies, sink));
  }

  /** Completions for the text being typed. */
  @Override
  public List<Suggestion> suggest(String typed) throws IOException {
    Suggestion.checkLength(typed);
    return index.read(snapshot -> Completions.complete(snapshot, typed));
  }

  /**
   * Whether the archive has articles, how many, when the index was committed, and what is wrong
   * with it, if anything.
   */
  @Override
  public Health health() throws IOException {
    return index.inspect(
        snapshot -> {
          int documents = snapshot.getIndexReader().numDocs();
          String problem = index.problem(snapshot);
          String status = problem != null ? "degraded" : documents > 0 ? "ok" : "empty";
          return new Health(status, "lucene", documents, snapshot.committedAt(), problem, null);
        });
  }

  /** What the index holds: counts, date range, values per facet, size on disk. */
  @Override
  public IndexStats stats() throws IOException {
    long bytes = index.sizeOnDisk();
    return index.read(
        snapshot -> {
          FieldExistsQuery dated = new FieldExistsQuery(ArticleSchema.PUBLISHED);
          int documents = snapshot.getIndexReader().numDocs();
          Map<String, List<Count>> values = new LinkedHashMap<>();
          for (String dimension : snapshot.facets().dimensions()) {
            values.put(dimension, snapshot.valueCounts(dimension));
          }
          return new IndexStats(
              documents,
              documents - snapshot.count(dated),
              firstDay(snapshot, Ordering.sort(SortOrder.OLDEST)),
              firstDay(snapshot, Ordering.sort(SortOrder.NEWEST)),
              values,
              bytes,
              snapshot.committedAt(),
              snapshot.commitData(ArticleSchema.TAGGING_TABLES));
        });
  }

  /**
   * The facet dimensions the current index version was written with, read from its commit, so also
   * when its files are damaged.
   */
  @Override
  public List<Dimension> dimensions() throws IOException {
    return index.inspect(IndexSnapshot::dimensions);
  }

  @Override
  public long version() throws IOException {
    return index.read(
        snapshot -> {
          IndexReader reader = snapshot.getIndexReader();
          return reader instanceof DirectoryReader directory ? directory.getVersion() : 0L;
        });
  }

  /** Stop following the index and release its files. */
  @Override
  public void close() throws IOException {
    index.close();
  }

  private static LocalDate firstDay(IndexSnapshot snapshot, Sort sort) throws IOException {
    ScoreDoc[] first =
        snapshot.search(new FieldExistsQuery(ArticleSchema.PUBLISHED), 1, sort).scoreDocs;
    return first.length == 0
        ? null
        : ArticleReader.day(ArticleReader.article(snapshot, first[0].doc).published());
  }
}

package newsarchive.search.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsarchive.article.Article;
import newsarchive.index.ArticleSchema;
import newsarchive.query.Synonyms;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQueryParser;
import newsarchive.search.ArticleView;
import newsarchive.search.ComentionRequest;
import newsarchive.search.Comentions;
import newsarchive.search.Dimension;
import newsarchive.search.ExportSink;
import newsarchive.search.Health;
import newsarchive.search.IndexStats;
import newsarchive.search.Paragraphs;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import newsarchive.search.SortOrder;
import newsarchive.search.Spelling;
import newsarchive.search.Suggestion;
import newsarchive.search.Timeline;
import newsarchive.search.TimelineRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The archive's search seam on a SolrCloud collection (or alias): the same requests and results as
 * the embedded index, with the query compiled from the same parsed form to Solr's syntax.
 */
public final class SolrSearch implements SearchService {

  /** The most related articles listed, as in the embedded index. */
  private static final int RELATED = 5;

  /** The most completions returned, and how many values per dimension, as in the embedded index. */
  private static final int COMPLETIONS = 10;

  private static final int PER_DIMENSION = 3;

  private final SolrCollection collection;
  private final SolrShards shards;
  private final SolrQueryCompiler compiler;
  private final Duration timeLimit;

  private SolrSearch(SolrCollection collection, Duration timeLimit, Synonyms synonyms) {
    this.collection = collection;
    this.shards = new SolrShards(collection);
    this.compiler =
        new SolrQueryCompiler(
            collection::completions, collection::values, synonyms.joining(collection));
    this.timeLimit = timeLimit;
  }

  /**
   * The collection or alias {@code name} on the SolrCloud reached through {@code solrUrls}, whose
   * searches stop after {@code timeLimit}.
   */
  public static SolrSearch connect(List<String> solrUrls, String name, Duration timeLimit) {
    return connect(solrUrls, name, timeLimit, Synonyms.bundled());
  }

  /** As {@link #connect(List, String, Duration)}, its queries matching {@code synonyms}. */
  public static SolrSearch connect(
      List<String> solrUrls, String name, Duration timeLimit, Synonyms synonyms) {
    return new SolrSearch(SolrCollection.connect(solrUrls, name), timeLimit, synonyms);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return Spelling.correctingNothingFound(
        request,
        asTyped -> {
          long started = System.nanoTime();
          UserQuery parsed = parse(asTyped);
          return new SolrFacetedSearch(collection, compiler, asTyped, timeLimit.toMillis())
              .run(parsed, started);
        });
  }

  @Override
  public Optional<ArticleView> article(String id, String query, Prefix prefix) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueryCompiler.anyOf(ArticleSchema.ID, List.of(id)));
    params.set("fl", SolrArticles.ALL_FIELDS);
    boolean marking = query != null && !query.isBlank();
    if (marking) {
      SolrHighlights.forArticle(params, compiler.compile(UserQueryParser.parse(query, prefix)));
    }
    QueryResponse response = collection.query(params);
    if (response.getResults().isEmpty()) {
      return Optional.empty();
    }
    Article article = SolrArticles.article(response.getResults().getFirst());
    return Optional.of(
        new ArticleView(
            article.id(),
            article.title(),
            article.published() == null
                ? null
                : SolrArticles.day(article.published().toEpochMilli()),
            article.source(),
            article.url(),
            article.authors(),
            article.companies(),
            article.topics(),
            Paragraphs.of(article.body()),
            marking
                ? Paragraphs.of(
                    SolrHighlights.marked(response, id, ArticleSchema.BODY, article.body()))
                : null,
            new SolrRelated(collection).of(article, RELATED)));
  }

  /**
   * Companies and topics whose name (or a word of it) starts with the text, then titles holding
   * every typed word, the last one as a prefix.
   */
  @Override
  public List<Suggestion> suggest(String typed) throws IOException {
    Suggestion.checkLength(typed);
    String wanted = typed.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (String dimension : List.of(ArticleSchema.COMPANY, ArticleSchema.TOPIC)) {
      collection.valueCounts(dimension).stream()
          .map(IndexStats.Count::value)
          .filter(
              value -> {
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.startsWith(wanted) || lower.contains(" " + wanted);
              })
          .limit(PER_DIMENSION)
          .forEach(value -> suggestions.add(new Suggestion(value, dimension, null)));
    }
    suggestions.addAll(titles(wanted, COMPLETIONS - suggestions.size()));
    return suggestions;
  }

  private List<Suggestion> titles(String wanted, int limit) throws IOException {
    String[] words = wanted.split("\\s+");
    List<String> clauses = new ArrayList<>();
    for (int i = 0; i < words.length - 1; i++) {
      if (!ArticleSchema.terms(ArticleSchema.TITLE, words[i]).isEmpty()) {
        clauses.add("+" + ArticleSchema.TITLE + ":" + SolrQueryCompiler.quoted(words[i]));
      }
    }
    // The last word may be unfinished ("amaz") or finished ("partnerships", whose stem is shorter).
    String last = words[words.length - 1];
    String prefix = ArticleSchema.analyzer().normalize(ArticleSchema.TITLE, last).utf8ToString();
    String lastWord =
        ArticleSchema.TITLE
            + ":"
            + org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(prefix)
            + "*";
    if (!ArticleSchema.terms(ArticleSchema.TITLE, last).isEmpty()) {
      lastWord += " " + ArticleSchema.TITLE + ":" + SolrQueryCompiler.quoted(last);
    }
    clauses.add("+(" + lastWord + ")");
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", String.join(" ", clauses));
    params.set("sort", SolrCursor.sort(SortOrder.RELEVANCE));
    params.set("rows", limit * 2);
    params.set("fl", ArticleSchema.ID + "," + ArticleSchema.TITLE);
    Set<String> seen = new LinkedHashSet<>();
    List<Suggestion> titles = new ArrayList<>();
    for (SolrDocument doc : collection.query(params).getResults()) {
      String title = (String) doc.getFirstValue(ArticleSchema.TITLE);
      if (titles.size() < limit && seen.add(title)) {
        titles.add(new Suggestion(title, "title", (String) doc.getFirstValue(ArticleSchema.ID)));
      }
    }
    return titles;
  }

  /** Articles indexed, the cluster's live nodes, and whether every shard has an active leader. */
  @Override
  public Health health() throws IOException {
    SolrShards.State state = shards.state();
    long documents = count(SolrQueryCompiler.EVERYTHING);
    String status = documents == 0 ? "empty" : state.degraded() ? "degraded" : "ok";
    return new Health(status, "solrcloud", documents, state.lastCommit(), null, state.cluster());
  }

  @Override
  public IndexStats stats() throws IOException {
    SolrShards.State state = shards.state();
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueryCompiler.EVERYTHING);
    params.set("rows", 0);
    params.set(
        "json.facet",
        SolrCollection.json(
            Map.of(
                "first", "min(" + ArticleSchema.PUBLISHED + ")",
                "last", "max(" + ArticleSchema.PUBLISHED + ")",
                "undated",
                    Map.of("type", "query", "q", "-" + ArticleSchema.PUBLISHED + ":[* TO *]"))));
    QueryResponse response = collection.query(params);
    NamedList<Object> facets = SolrCollection.facets(response);
    Map<String, List<IndexStats.Count>> values = new LinkedHashMap<>();
    for (String dimension : ArticleSchema.FACET_DIMENSIONS) {
      values.put(dimension, collection.valueCounts(dimension));
    }
    return new IndexStats(
        response.getResults().getNumFound(),
        SolrCollection.count(facets, "undated"),
        day(facets.get("first")),
        day(facets.get("last")),
        values,
        state.leaders().stream().mapToLong(SolrShards.Index::bytes).sum(),
        state.lastCommit(),
        collection.taggingTables());
  }

  @Override
  public Timeline timeline(TimelineRequest request) throws IOException {
    long started = System.nanoTime();
    UserQuery parsed = parse(request.search());
    return new SolrTimeline(collection, compiler, request, timeLimit.toMillis())
        .run(parsed, started);
  }

  @Override
  public Comentions comentions(ComentionRequest request) throws IOException {
    long started = System.nanoTime();
    UserQuery parsed = parse(request.search());
    return new SolrComentions(collection, compiler, request, timeLimit.toMillis())
        .run(parsed, started);
  }

  @Override
  public long export(SearchRequest request, boolean bodies, ExportSink sink) throws IOException {
    UserQuery parsed = parse(request);
    SolrFilters filters = new SolrFilters(collection, request, timeLimit.toMillis());
    return SolrExport.run(
        collection, filters.params(compiler.compile(parsed)), request.sort(), bodies, sink);
  }

  /** The parsed query of {@code request}. */
  private static UserQuery parse(SearchRequest request) {
    return UserQueryParser.parse(request.query(), request.prefix());
  }

  /** The schema's dimensions, which the collection's fields were made for. */
  @Override
  public List<Dimension> dimensions() {
    return ArticleSchema.DIMENSIONS.stream()
        .map(dimension -> new Dimension(dimension.name(), dimension.label()))
        .toList();
  }

  /** The sum of the shard leaders' index versions: it changes with every commit. */
  @Override
  public long version() throws IOException {
    return shards.state().leaders().stream().mapToLong(SolrShards.Index::version).sum();
  }

  @Override
  public void close() throws IOException {
    shards.close();
    collection.close();
  }

  private long count(String query) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query);
    params.set("rows", 0);
    SolrDocumentList results = collection.query(params).getResults();
    return results.getNumFound();
  }

  private static java.time.LocalDate day(Object millis) {
    return millis == null ? null : SolrArticles.day(((Number) millis).longValue());
  }
}

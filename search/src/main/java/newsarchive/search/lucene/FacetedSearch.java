package newsarchive.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import newsarchive.article.Article;
import newsarchive.index.ArticleSchema;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQueryParser;
import newsarchive.search.Counting;
import newsarchive.search.DateHistogram;
import newsarchive.search.DateRange;
import newsarchive.search.Grouping;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.FacetValue;
import newsarchive.search.SearchResult.Hit;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * One search request run against one index snapshot: the hits page, drill-sideways facet counts,
 * the date histogram and the spelling suggestion, all from the same view of the index.
 */
final class FacetedSearch {

  /** Fewer hits than this make it worth looking for a better spelling. */
  static final int FEW_HITS = 3;

  private final IndexSnapshot snapshot;
  private final Deadline deadline;
  private final SearchRequest request;
  private final Map<String, List<String>> selections;

  /** A search for {@code request} on {@code snapshot}, stopping after {@code timeLimit}. */
  FacetedSearch(IndexSnapshot snapshot, SearchRequest request, Duration timeLimit) {
    this.snapshot = snapshot;
    this.deadline = new Deadline(timeLimit);
    this.request = request;
    this.selections = new LinkedHashMap<>();
    for (String dimension : ArticleSchema.FACET_DIMENSIONS) {
      selections.put(dimension, canonical(dimension, request.selected(dimension)));
    }
  }

  /** Run the search for the parsed {@code query}, timed from {@code startedNanos}. */
  SearchResult run(UserQuery query, long startedNanos) throws IOException {
    QueryCompiler compiler = new QueryCompiler(snapshot);
    Query userQuery = compiler.compile(query);
    FieldDoc after =
        request.cursor() == null ? null : Ordering.after(request.cursor(), request.sort());
    int offset = after == null ? (request.page() - 1) * request.size() : 0;

    FacetTable table = snapshot.facets();
    SidewaysCounting.Tally tally = count(userQuery, table);
    Query filtered = drillDown(withDates(userQuery));
    StoryCollapse stories =
        request.group() == Grouping.STORY ? new StoryCollapse(snapshot, filtered, deadline) : null;
    StoryCollapse.Page storyPage =
        stories == null
            ? null
            : stories.page(Ordering.sort(request.sort()), offset, request.size());
    ScoreDoc[] page =
        storyPage == null ? articlePage(filtered, after, offset) : storyPage.leaders();
    long total = request.count() == Counting.STORIES ? tally.stories() : tally.hits();
    DateHistogram.Result histogram =
        DateHistogram.of(table.firstDay(), tally.dayCounts(), request.interval());
    String suggestion = total < FEW_HITS ? suggestion(query, total) : null;
    // Stories are paged by number only: a cursor cannot tell which stories came before it.
    boolean more =
        storyPage == null && page.length == request.size() && offset + page.length < tally.hits();
    // Highlighting and the facet lists are part of the answer, so they count in tookMs.
    List<Hit> hits = hits(userQuery, page);
    if (stories != null) {
      hits = stories.withVersions(storyPage, hits);
    }
    Map<String, List<FacetValue>> facetValues = facets(table, tally.valueCounts());
    return new SearchResult(
        total,
        request.page(),
        request.size(),
        request.sort().label(),
        (System.nanoTime() - startedNanos) / 1_000_000,
        deadline.cutShort(),
        hits,
        facetValues,
        histogram.buckets(),
        histogram.interval().label(),
        suggestion,
        more ? Ordering.cursor(request.sort(), (FieldDoc) page[page.length - 1]) : null);
  }

  /** The page of articles from {@code offset}, or after the cursor's position {@code after}. */
  private ScoreDoc[] articlePage(Query filtered, FieldDoc after, int offset) throws IOException {
    int wanted = offset + request.size();
    // Only the page is wanted here, so the search may skip matches that cannot make it.
    TopDocs top =
        snapshot.search(
            filtered,
            deadline.limit(
                new TopFieldCollectorManager(
                    Ordering.sort(request.sort()), wanted, after, wanted)));
    return Arrays.copyOfRange(
        top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
  }

  /**
   * Count {@code userQuery}'s matches into facets and histogram, visiting only the matches that can
   * count: one failing two filters counts nowhere, so with k ≥ 2 filters only the matches passing k
   * - 1 of them are visited; and with one filter and no query text, the sideways counts of that
   * filter's dimension are the whole version's, kept in the table, so only the hits are visited.
   */
  private SidewaysCounting.Tally count(Query userQuery, FacetTable table) throws IOException {
    Map<Integer, Query> filters = new LinkedHashMap<>();
    for (int d = 0; d < ArticleSchema.FACET_DIMENSIONS.size(); d++) {
      String dimension = ArticleSchema.FACET_DIMENSIONS.get(d);
      if (!selections.get(dimension).isEmpty()) {
        DrillDownQuery one = new DrillDownQuery(ArticleSchema.facetsConfig());
        selections.get(dimension).forEach(value -> one.add(dimension, value));
        filters.put(d, one);
      }
    }
    if (!request.dates().isAll()) {
      filters.put(-1, dateFilter());
    }
    Query visited = userQuery;
    Integer wholeVersion = null;
    if (filters.size() >= 2) {
      BooleanQuery.Builder enough =
          new BooleanQuery.Builder().setMinimumNumberShouldMatch(filters.size() - 1);
      filters.values().forEach(filter -> enough.add(filter, Occur.SHOULD));
      visited =
          new BooleanQuery.Builder()
              .add(userQuery, Occur.MUST)
              .add(enough.build(), Occur.FILTER)
              .build();
    } else if (filters.size() == 1
        && userQuery instanceof MatchAllDocsQuery
        && request.count() == Counting.ARTICLES) {
      // The whole version's counts are of articles.
      wholeVersion = filters.keySet().iterator().next();
      visited = filters.get(wholeVersion);
    }
    SidewaysCounting.Tally tally =
        snapshot.search(
            visited,
            deadline.limit(
                new SidewaysCounting(
                    table,
                    SidewaysCounting.Filters.of(table, selections, request.dates()),
                    request.count() == Counting.STORIES)));
    return wholeVersion == null ? tally : tally.withWholeVersion(table, wholeVersion);
  }

  /** {@code query} restricted to the requested dates. */
  private Query withDates(Query query) {
    if (request.dates().isAll()) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(dateFilter(), Occur.FILTER)
        .build();
  }

  /** The articles published in the requested dates. */
  private Query dateFilter() {
    DateRange dates = request.dates();
    long from = dates.from() == null ? Long.MIN_VALUE : millis(dates.from().toEpochDay());
    long to = dates.to() == null ? Long.MAX_VALUE : millis(dates.to().toEpochDay() + 1) - 1;
    return LongField.newRangeQuery(ArticleSchema.PUBLISHED, from, to);
  }

  private static long millis(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** {@code base} with the facet selections: OR within a facet, AND across facets. */
  private DrillDownQuery drillDown(Query base) {
    DrillDownQuery query = new DrillDownQuery(ArticleSchema.facetsConfig(), base);
    selections.forEach((dimension, values) -> values.forEach(value -> query.add(dimension, value)));
    return query;
  }

  /**
   * A corrected query text that finds more than {@code total} hits with the same filters, or null.
   */
  private String suggestion(UserQuery query, long total) throws IOException {
    String corrected =
        SpellCorrector.correct(snapshot.getIndexReader(), query, request.query()).orElse(null);
    if (corrected == null) {
      return null;
    }
    Query correctedQuery =
        new QueryCompiler(snapshot).compile(UserQueryParser.parse(corrected, request.prefix()));
    return snapshot.count(drillDown(withDates(correctedQuery))) > total ? corrected : null;
  }

  /** The page's hits, each stored document read once for both its fields and its highlights. */
  private List<Hit> hits(Query userQuery, ScoreDoc[] page) throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    List<Article> articles = ArticleReader.articles(snapshot, docIds);
    Snippets.Marked marked = Snippets.forHits(snapshot, userQuery, docIds, articles);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      Article article = articles.get(i);
      hits.add(
          new Hit(
              article.id(),
              article.title(),
              marked.titles().get(i),
              ArticleReader.day(article.published()),
              article.source(),
              article.url(),
              article.companies(),
              article.topics(),
              marked.bodies().get(i),
              null,
              null));
    }
    return hits;
  }

  /**
   * Per dimension: the top values by count (ties in the index's order of values), then any selected
   * value not among them.
   */
  private Map<String, List<FacetValue>> facets(FacetTable table, long[] counts) {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    for (int d = 0; d < ArticleSchema.FACET_DIMENSIONS.size(); d++) {
      String dimension = ArticleSchema.FACET_DIMENSIONS.get(d);
      List<String> selected = selections.get(dimension);
      int index = d;
      List<FacetValue> values =
          new ArrayList<>(
              IntStream.range(0, table.size())
                  .filter(id -> table.dimensionIndex(id) == index && counts[id] > 0)
                  .boxed()
                  .sorted(
                      Comparator.comparingLong((Integer id) -> counts[id])
                          .reversed()
                          .thenComparing(Comparator.naturalOrder()))
                  .limit(request.facetSize())
                  .map(
                      id ->
                          new FacetValue(
                              table.value(id), counts[id], selected.contains(table.value(id))))
                  .toList());
      for (String value : selected) {
        if (values.stream().noneMatch(v -> v.value().equals(value))) {
          int id = table.id(dimension, value);
          values.add(new FacetValue(value, id < 0 ? 0 : counts[id], true));
        }
      }
      result.put(dimension, values);
    }
    return result;
  }

  /** The indexed spelling of each selected value (matched case-insensitively), else as given. */
  private List<String> canonical(String dimension, List<String> values) {
    List<Count> known = snapshot.valueCounts(dimension);
    return values.stream()
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .map(
            value ->
                known.stream()
                    .map(Count::value)
                    .filter(k -> k.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(value))
        .distinct()
        .toList();
  }
}

package newsarchive.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.article.Article;
import newsarchive.query.QueryDates;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQueryParser;
import newsarchive.search.Counting;
import newsarchive.search.DateHistogram;
import newsarchive.search.Grouping;
import newsarchive.search.Rescore;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.FacetValue;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SortOrder;
import newsarchive.search.Spelling;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * One search request run against one index snapshot: the hits page, drill-sideways facet counts,
 * the date histogram and the spelling suggestion, all from the same view of the index.
 */
final class FacetedSearch {

  private final IndexSnapshot snapshot;
  private final Deadline deadline;
  private final SearchRequest request;
  private final RequestFilters filters;
  private final Map<String, List<String>> selections;

  /** A search for {@code request} on {@code snapshot}, stopping after {@code timeLimit}. */
  FacetedSearch(IndexSnapshot snapshot, SearchRequest request, Duration timeLimit) {
    this.snapshot = snapshot;
    this.deadline = new Deadline(timeLimit);
    this.request = request;
    this.filters = new RequestFilters(snapshot, request);
    this.selections = filters.selections();
  }

  /** Run the search for the parsed {@code query}, timed from {@code startedNanos}. */
  SearchResult run(UserQuery query, long startedNanos) throws IOException {
    QueryCompiler compiler = new QueryCompiler(snapshot);
    Query userQuery = compiler.compile(query);
    // A query with no terms marks nothing, so the highlighter gives each hit's opening unanalysed.
    Query marking =
        request.highlight()
            ? QueryCompiler.forMarking(snapshot).compile(query)
            : new MatchNoDocsQuery();
    Ordering.Position start =
        request.cursor() == null
            ? Ordering.Position.START
            : Ordering.after(request.cursor(), request.sort());
    int offset = start.after() == null ? (request.page() - 1) * request.size() : 0;

    FacetTable table = snapshot.facets();
    SidewaysCounting.Tally tally = count(userQuery, table);
    long total = request.count() == Counting.STORIES ? tally.stories() : tally.hits();
    long exactHits = tally.sampleLevel() == 0 ? tally.hits() : TieredPage.UNCOUNTED;
    DateHistogram.Result histogram =
        DateHistogram.of(table.firstDay(), tally.dayCounts(), request.interval());
    String suggestion = suggestion(query, total);
    // Highlighting and the facet lists are part of the answer, so they count in tookMs.
    List<Hit> hits;
    String nextCursor = null;
    StorySample.Count partialTotal = null;
    Query near = compiler.rescore(query);
    Rescore.Best best = Rescore.Best.of(request.query());
    ProximityRescore proximity =
        near == null && best == Rescore.Best.BY_SCORE || request.sort() != SortOrder.RELEVANCE
            ? null // only relevance has scores to add to
            : new ProximityRescore(snapshot, near, best);
    DateWindow window =
        new DateWindow(
            snapshot,
            deadline,
            request.sort(),
            table.firstDay(),
            tally.dayCounts(),
            request.dates());
    TieredPage tiers =
        new TieredPage(
            snapshot,
            deadline,
            request.sort(),
            compiler.words(query),
            filters::all,
            proximity,
            window,
            request.exactUpTo());
    if (request.group() == Grouping.STORY) {
      // Stories are paged by number only: a cursor cannot tell which stories came before it. The
      // all-words matches make the stories; when they run out, the partial matches follow, each on
      // its own, as without grouping.
      StoryCollapse stories =
          new StoryCollapse(snapshot, filters.all(userQuery), deadline, proximity, window);
      StoryCollapse.Page storyPage =
          stories.page(Ordering.sort(request.sort()), offset, request.size());
      List<TieredPage.Ranked> ranked = new ArrayList<>();
      for (ScoreDoc leader : storyPage.leaders()) {
        ranked.add(new TieredPage.Ranked(0, (FieldDoc) leader));
      }
      if (!storyPage.more() && ranked.size() < request.size()) {
        TieredPage.Page rest =
            tiers.page(
                userQuery,
                exactHits,
                new Ordering.Position(1, null),
                Math.max(0, offset - storyPage.stories()),
                request.size() - ranked.size());
        ranked.addAll(rest.hits());
        partialTotal = rest.partialTotal();
      }
      List<Hit> read = hits(marking, ranked, tiers);
      int leaders = storyPage.leaders().length;
      hits = new ArrayList<>(stories.withVersions(storyPage, read.subList(0, leaders)));
      hits.addAll(read.subList(leaders, read.size()));
    } else {
      // Only the page is wanted here, so the search may skip matches that cannot make it.
      TieredPage.Page page = tiers.page(userQuery, exactHits, start, offset, request.size());
      hits = hits(marking, page.hits(), tiers);
      TieredPage.Ranked last = page.hits().isEmpty() ? null : page.hits().getLast();
      nextCursor = page.more() ? cursorAfter(last) : null;
      partialTotal = page.partialTotal();
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
        nextCursor,
        partialTotal == null ? null : partialTotal.count(),
        StorySample.rate(tally.sampleLevel()),
        partialTotal == null ? null : partialTotal.rate(),
        snapshot.synonyms().otherWords(query, request.query()),
        QueryDates.publishedThen(query, request.query()),
        null);
  }

  private String cursorAfter(TieredPage.Ranked last) {
    return last.rescored() >= 0
        ? Ordering.cursorInRescored(request.sort(), last.rescored())
        : Ordering.cursor(request.sort(), last.tier(), last.doc());
  }

  /**
   * Count {@code userQuery}'s matches into facets and histogram, visiting only the matches that can
   * count: one failing two filters counts nowhere, so with k ≥ 2 filters only the matches passing k
   * - 1 of them are visited; and with one filter and no query text, the sideways counts of that
   * filter's dimension are the whole version's, kept in the table, so only the hits are visited.
   * Past the request's {@code exactUpTo}, only the matches of a sample of the stories are visited.
   */
  private SidewaysCounting.Tally count(Query userQuery, FacetTable table) throws IOException {
    Map<Integer, Query> narrowing = new LinkedHashMap<>();
    for (int d = 0; d < table.dimensions().size(); d++) {
      String dimension = table.dimensions().get(d);
      if (!selections.get(dimension).isEmpty()) {
        narrowing.put(d, filters.selection(dimension));
      }
    }
    if (!request.dates().isAll()) {
      narrowing.put(-1, filters.dateFilter());
    }
    Query visited = userQuery;
    Integer wholeVersion = null;
    if (narrowing.size() >= 2) {
      BooleanQuery.Builder enough =
          new BooleanQuery.Builder().setMinimumNumberShouldMatch(narrowing.size() - 1);
      narrowing.values().forEach(filter -> enough.add(filter, Occur.SHOULD));
      visited =
          new BooleanQuery.Builder()
              .add(userQuery, Occur.MUST)
              .add(enough.build(), Occur.FILTER)
              .build();
    } else if (narrowing.size() == 1
        && userQuery instanceof MatchAllDocsQuery
        && request.count() == Counting.ARTICLES) {
      // The whole version's counts are of articles.
      wholeVersion = narrowing.keySet().iterator().next();
      visited = narrowing.get(wholeVersion);
    }
    SidewaysCounting counting =
        new SidewaysCounting(
            table,
            SidewaysCounting.Filters.of(table, selections, request.dates(), request.companyRole()),
            request.count() == Counting.STORIES);
    SidewaysCounting.Tally tally = sampled(visited, table, counting);
    if (tally == null) {
      tally = snapshot.search(visited, deadline.limit(counting));
    }
    return wholeVersion == null
        ? tally
        : tally.withWholeVersion(table, wholeVersion, request.companyRole());
  }

  /**
   * The figures of {@code visited}'s matches estimated from a {@link StorySample}, when they are
   * more than the request counts exactly; {@code null} when they are not, or when the filters leave
   * too few hits in even the densest sample that should hold enough to estimate from. A sample with
   * too few hits is followed by a denser one ({@link StorySample#denser}) rather than by counting
   * every match: at 10M, three of the bench mix's filtered queries are now counted on 1 in 4 or 1
   * in 8 of the stories instead of all (their time hardly moved: most of it is elsewhere).
   */
  private SidewaysCounting.Tally sampled(Query visited, FacetTable table, SidewaysCounting counting)
      throws IOException {
    int level =
        StorySample.level(StorySample.matchesAtMost(snapshot, visited), request.exactUpTo());
    long enough = StorySample.enoughHits(request.exactUpTo());
    while (level > 0) {
      SidewaysCounting.Tally sample =
          snapshot.search(StorySample.within(visited, table, level), deadline.limit(counting));
      if (sample.hits() >= enough) {
        return sample.scaledFrom(level);
      }
      level = StorySample.denser(level, sample.hits(), enough);
    }
    return null;
  }

  /** The spelling correction worth suggesting for {@code query}, finding {@code total}, or null. */
  private String suggestion(UserQuery query, long total) throws IOException {
    return Spelling.suggestion(
        query,
        request.query(),
        total,
        SpellCorrector.vocabulary(snapshot),
        corrected -> {
          Query compiled =
              new QueryCompiler(snapshot)
                  .compile(UserQueryParser.parse(corrected, request.prefix()));
          return snapshot.count(filters.all(compiled));
        });
  }

  /**
   * The page's hits, each stored document read once for both its fields and its highlights, each
   * marked as an all-words or a partial match.
   */
  private List<Hit> hits(Query marking, List<TieredPage.Ranked> page, TieredPage tiers)
      throws IOException {
    int[] docIds = page.stream().mapToInt(hit -> hit.doc().doc).toArray();
    List<Article> articles = ArticleReader.articles(snapshot, docIds);
    Snippets.Marked marked = Snippets.forHits(snapshot, marking, docIds, articles);
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
              page.get(i).tier() == 0 ? Hit.ALL : Hit.PARTIAL,
              page.get(i).tier() == 0 ? null : tiers.missing(page.get(i)),
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
    for (int d = 0; d < table.dimensions().size(); d++) {
      String dimension = table.dimensions().get(d);
      List<String> selected = selections.get(dimension);
      List<FacetValue> values = new ArrayList<>();
      for (int id : table.top(d, counts, request.facetSize(), -1)) {
        values.add(new FacetValue(table.value(id), counts[id], selected.contains(table.value(id))));
      }
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
}

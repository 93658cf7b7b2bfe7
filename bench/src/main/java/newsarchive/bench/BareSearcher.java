package newsarchive.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.index.ArticleSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;

/**
 * The baseline for search: the same queries straight on Lucene's APIs over the archive's index,
 * either top-10 alone or, doing the counting the archive's page does, top-10 with their stored
 * titles plus the company, topic and source counts (drill sideways when something is selected) and
 * a monthly histogram that ignores the date filter.
 */
final class BareSearcher {

  private static final int FACET_SIZE = 20;
  private static final Sort NEWEST =
      new Sort(new SortedNumericSortField(ArticleSchema.PUBLISHED, SortField.Type.LONG, true));
  private static final long[] MONTH_STARTS = monthStarts(1970, 2100);
  private static final Set<String> TITLE_ONLY = Set.of(ArticleSchema.TITLE);

  private final IndexSearcher searcher;
  private final FacetsConfig config = ArticleSchema.facetsConfig();
  private final SortedSetDocValuesReaderState state;
  private final Analyzer analyzer = ArticleSchema.analyzer();

  /** A searcher over an open reader; builds the facet state once, as a server would. */
  BareSearcher(DirectoryReader reader) throws IOException {
    searcher = new IndexSearcher(reader);
    state = new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  /** Top-10 alone; return the number of hits. */
  long topTen(BenchQuery query) throws IOException {
    DrillDownQuery filtered = drillDown(query, true);
    TopDocs top =
        query.text().isBlank()
            ? searcher.search(filtered, 10, NEWEST)
            : searcher.search(filtered, 10);
    return top.totalHits.value();
  }

  /** Top-10 with titles plus facet counts and histogram; return the number of hits. */
  long topTenWithFacets(BenchQuery query) throws IOException {
    DrillDownQuery filtered = drillDown(query, true);
    Sort sort = query.text().isBlank() ? NEWEST : null;
    TopDocs top;
    Facets facets;
    FacetsCollector matching;
    if (query.companies().isEmpty() && query.topics().isEmpty()) {
      FacetsCollectorManager.FacetsResult result =
          sort == null
              ? FacetsCollectorManager.search(searcher, filtered, 10, new FacetsCollectorManager())
              : FacetsCollectorManager.search(
                  searcher, filtered, 10, sort, new FacetsCollectorManager());
      top = result.topDocs();
      matching = result.facetsCollector();
      facets = new SortedSetDocValuesFacetCounts(state, matching);
    } else {
      DrillSideways.DrillSidewaysResult result =
          new DrillSideways(searcher, config, state).search(filtered, null, null, 10, sort, false);
      top = result.hits;
      matching = result.drillDownFacetsCollector;
      facets = result.facets;
    }
    for (String dim : ArticleSchema.FACET_DIMENSIONS) {
      facets.getTopChildren(FACET_SIZE, dim);
    }
    if (query.dated()) {
      // The histogram shows where the selected range sits: count again without the date filter.
      matching = searcher.search(drillDown(query, false), new FacetsCollectorManager());
    }
    histogram(matching);
    titles(top);
    return top.totalHits.value();
  }

  /** Read the stored titles of the hits, as a page of results shows them. */
  private List<String> titles(TopDocs top) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<String> titles = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      titles.add(stored.document(hit.doc, TITLE_ONLY).get(ArticleSchema.TITLE));
    }
    return titles;
  }

  private DrillDownQuery drillDown(BenchQuery query, boolean withDates) {
    Query text = parse(query.text());
    Query base = text;
    if (withDates && query.dated()) {
      base =
          new BooleanQuery.Builder()
              .add(text, BooleanClause.Occur.MUST)
              .add(
                  LongField.newRangeQuery(
                      ArticleSchema.PUBLISHED, query.fromMillis(), query.toMillis()),
                  BooleanClause.Occur.FILTER)
              .build();
    }
    DrillDownQuery drillDown = new DrillDownQuery(config, base);
    query.companies().forEach(c -> drillDown.add(ArticleSchema.COMPANY, c));
    query.topics().forEach(t -> drillDown.add(ArticleSchema.TOPIC, t));
    return drillDown;
  }

  private Query parse(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {ArticleSchema.TITLE, ArticleSchema.BODY},
            analyzer,
            Map.of(ArticleSchema.TITLE, 2f, ArticleSchema.BODY, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bare Lucene cannot parse " + text, e);
    }
  }

  private static int[] histogram(FacetsCollector matching) throws IOException {
    int[] counts = new int[MONTH_STARTS.length];
    for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
      SortedNumericDocValues published =
          DocValues.getSortedNumeric(docs.context().reader(), ArticleSchema.PUBLISHED);
      DocIdSetIterator hits = docs.bits().iterator();
      for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
        if (published.advanceExact(doc)) {
          counts[month(published.nextValue())]++;
        }
      }
    }
    return counts;
  }

  private static int month(long millis) {
    int found = Arrays.binarySearch(MONTH_STARTS, millis);
    return Math.clamp(found >= 0 ? found : -found - 2, 0, MONTH_STARTS.length - 1);
  }

  private static long[] monthStarts(int fromYear, int toYear) {
    long[] starts = new long[(toYear - fromYear) * 12];
    for (int i = 0; i < starts.length; i++) {
      starts[i] =
          LocalDate.of(fromYear + i / 12, 1 + i % 12, 1)
              .atStartOfDay()
              .toInstant(ZoneOffset.UTC)
              .toEpochMilli();
    }
    return starts;
  }
}

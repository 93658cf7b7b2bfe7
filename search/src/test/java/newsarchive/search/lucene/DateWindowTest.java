package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import newsarchive.search.DateRange;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SortOrder;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A date-ordered page looked for in the days at the front of the order gives the same articles as
 * searching every match, whether the day counts it is given are right or not.
 */
class DateWindowTest {

  @RegisterExtension static final FixtureSnapshot fixture = new FixtureSnapshot();

  private static final Query EVERYTHING = new MatchAllDocsQuery();

  @Test
  void theFirstArticlesInDateOrderAreThoseOfTheWholeSearch() throws IOException {
    long[] right = fixture.snapshot().facets().wholeDayCounts();
    for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
      for (int n = 1; n <= 20; n++) {
        assertSameFirst(sort, right, DateRange.ALL, n);
        assertSameFirst(
            sort, right, new DateRange(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 7, 19)), n);
      }
    }
  }

  @Test
  void countsThatPromiseTooManyArticlesInTheLastDaysFallBackToTheWholeSearch() throws IOException {
    long[] right = fixture.snapshot().facets().wholeDayCounts();
    long[] wrong = new long[right.length];
    Arrays.fill(wrong, 1_000);
    for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
      for (int n = 1; n <= 20; n++) {
        assertSameFirst(sort, wrong, DateRange.ALL, n);
      }
    }
  }

  private static void assertSameFirst(SortOrder sort, long[] hitsPerDay, DateRange dates, int n)
      throws IOException {
    IndexSnapshot snapshot = fixture.snapshot();
    SearchRequest request =
        new SearchRequest(
            "", Prefix.NONE, Map.of(), dates, sort, 1, n, null, 20, null, null, null, null);
    Query query = new RequestFilters(snapshot, request).all(EVERYTHING);
    Sort order = Ordering.sort(sort);
    DateWindow window =
        new DateWindow(
            snapshot,
            new Deadline(Duration.ofSeconds(10)),
            sort,
            snapshot.facets().firstDay(),
            hitsPerDay,
            dates);
    TopDocs all = snapshot.search(query, new TopFieldCollectorManager(order, n, null, n));
    assertEquals(
        docs(all), docs(window.first(query, order, n)), sort + " " + dates + " first " + n);
  }

  private static List<Integer> docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(hit -> hit.doc).toList();
  }
}

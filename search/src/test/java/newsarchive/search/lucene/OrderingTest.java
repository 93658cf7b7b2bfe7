package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.index.ArticleSchema;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SortOrder;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orders hits come in, and the cursors that walk them. */
class OrderingTest {

  private static final String DAMAGED =
      "cursor is not valid: it is damaged; start again from page 1 and follow nextCursor.";

  @TempDir static Path dir;

  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  /** Two articles on one day, one undated, and a "cloud" in every body but one's twice. */
  @BeforeAll
  static void open() throws Exception {
    List<Article> articles =
        List.of(
            article("b", "2024-01-01", "Cloud news."),
            article("u", null, "Cloud news."),
            article("a", "2024-01-01", "Cloud news."),
            article("d", "2025-01-01", "Cloud news."),
            article("c", "2023-01-01", "Cloud news and more cloud."));
    FixtureCorpus.write(dir, articles);
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
  }

  @Test
  void datedArticlesComeByDateThenIdAndUndatedOnesLast() throws Exception {
    assertEquals(List.of("d", "a", "b", "c", "u"), ids(SortOrder.NEWEST, 10));
    assertEquals(List.of("c", "a", "b", "d", "u"), ids(SortOrder.OLDEST, 10));
  }

  @Test
  void relevanceBreaksTiesByDateThenId() throws Exception {
    assertEquals(List.of("c", "d", "a", "b", "u"), ids(SortOrder.RELEVANCE, 10));
  }

  @Test
  void cursorsWalkEveryOrderInPagesOfTwoWithoutMissingOrRepeatingAnArticle() throws Exception {
    for (SortOrder order : SortOrder.values()) {
      List<String> walked = new ArrayList<>();
      FieldDoc after = null;
      do {
        ScoreDoc[] page = hits(order, after, 2);
        for (ScoreDoc hit : page) {
          walked.add(id(hit));
        }
        after =
            page.length < 2
                ? null
                : Ordering.after(Ordering.cursor(order, 0, (FieldDoc) page[1]), order).after();
      } while (after != null);
      assertEquals(ids(order, 10), walked, order.label());
    }
  }

  @Test
  void aCursorGivesBackTheSortValuesItWasMadeOf() {
    Object[] values = {1.25f, 1_704_099_600_000L, new BytesRef("https://example.com/a?b|c")};

    for (int tier : new int[] {0, 2}) {
      Ordering.Position after =
          Ordering.after(
              Ordering.cursor(SortOrder.RELEVANCE, tier, new FieldDoc(7, 1.25f, values)),
              SortOrder.RELEVANCE);

      assertEquals(tier, after.tier());
      assertEquals(Arrays.asList(values), Arrays.asList(after.after().fields));
    }
  }

  @Test
  void aCursorWithinTheMatchesReorderedByProximityGivesBackItsPlace() {
    Ordering.Position after =
        Ordering.after(Ordering.cursorInRescored(SortOrder.RELEVANCE, 17), SortOrder.RELEVANCE);

    assertEquals(new Ordering.Position(0, null, 17), after);
  }

  @Test
  void aDamagedCursorWithinTheReorderedMatchesIsRefused() {
    for (String cursor : List.of(encoded("relevance|r-1"), encoded("relevance|rx"))) {
      InvalidRequestException refused =
          assertThrows(
              InvalidRequestException.class, () -> Ordering.after(cursor, SortOrder.RELEVANCE));
      assertEquals(DAMAGED, refused.getMessage(), cursor);
    }
  }

  @Test
  void aCursorOfAnotherOrderIsRefused() {
    String newest =
        Ordering.cursor(
            SortOrder.NEWEST, 0, new FieldDoc(0, Float.NaN, new Object[] {1L, new BytesRef("a")}));

    InvalidRequestException refused =
        assertThrows(InvalidRequestException.class, () -> Ordering.after(newest, SortOrder.OLDEST));

    assertEquals("bad_parameter", refused.code());
    assertEquals(
        "cursor is not valid: it belongs to sort=newest, not sort=oldest; start again from page 1"
            + " and follow nextCursor.",
        refused.getMessage());
  }

  @Test
  void aDamagedCursorIsRefused() {
    for (String cursor :
        List.of(
            "not base64!",
            encoded("newest"),
            encoded("newest|l1"),
            encoded("newest|s1|la"),
            encoded("newest|lx|sYQ"),
            encoded("newest|l1|sYQ|l2"),
            encoded("newest|l1|s!!"),
            encoded("newest|r3"))) {
      InvalidRequestException refused =
          assertThrows(
              InvalidRequestException.class, () -> Ordering.after(cursor, SortOrder.NEWEST));
      assertEquals(DAMAGED, refused.getMessage(), cursor);
    }
  }

  private static List<String> ids(SortOrder order, int n) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : hits(order, null, n)) {
      ids.add(id(hit));
    }
    return ids;
  }

  /** The first {@code n} articles with "cloud" after {@code after}, as the search collects them. */
  private static ScoreDoc[] hits(SortOrder order, FieldDoc after, int n) throws IOException {
    return searcher.search(cloud(), new TopFieldCollectorManager(Ordering.sort(order), n, after, n))
        .scoreDocs;
  }

  private static String id(ScoreDoc hit) throws IOException {
    return searcher.storedFields().document(hit.doc).get(ArticleSchema.ID);
  }

  private static Query cloud() {
    return new TermQuery(new Term(ArticleSchema.BODY, "cloud"));
  }

  private static String encoded(String cursor) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
  }

  private static Article article(String id, String day, String body) {
    return FixtureCorpus.article(id, "Title " + id, day, "Tech Wire", List.of(), List.of(), body);
  }
}

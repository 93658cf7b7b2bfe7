package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleSchema;
import newsarchive.search.DateRange;
import newsarchive.search.ExportSink;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import newsarchive.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export hands over every match, in the order the search pages show them, across many batches,
 * from the version it started on.
 */
class ExportTest {

  /** More than two batches, so the walk resumes after a batch boundary twice. */
  private static final int ARTICLES = 2 * ExportWalk.BATCH + 500;

  @TempDir Path indexDir;

  /**
   * Articles with many sharing one publication instant (the id must break the tie across batches),
   * every tenth undated, and text whose score varies with how often "cloud" appears.
   */
  private static List<Article> corpus() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      articles.add(
          new Article(
              String.format("n%05d", i),
              "Brief " + i + (i % 3 == 0 ? " on cloud" : ""),
              "cloud ".repeat(1 + i % 7) + "and chips, item " + i,
              i % 10 == 0
                  ? null
                  : Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * (i / 7)),
              i % 2 == 0 ? "Tech Wire" : "Newsarchive Briefs",
              "https://example.com/" + i,
              List.of(),
              i % 4 == 0 ? List.of("Amazon", "Nvidia") : List.of("Nvidia"),
              List.of("Cloud"),
              Origin.file(Path.of("gen/" + i))));
    }
    return articles;
  }

  private void write(List<Article> articles) throws Exception {
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, true)) {
      for (int i = 0; i < articles.size(); i++) {
        indexer.upsert(articles.get(i).id(), indexer.document(articles.get(i), "h" + i));
        if (i == articles.size() / 2) {
          indexer.commit(""); // two segments at least
        }
      }
      indexer.commit("");
    }
  }

  @Test
  void everyMatchComesOutOnceInTheOrderTheSearchPagesShowForEachSort() throws Exception {
    write(corpus());
    try (SearchService service = LuceneSearch.open(indexDir)) {
      for (SortOrder sort : SortOrder.values()) {
        SearchRequest request =
            new SearchRequest(
                "cloud",
                null,
                Map.of(ArticleSchema.SOURCE, List.of("tech wire")),
                null,
                sort,
                1,
                SearchRequest.MAX_SIZE,
                null,
                20,
                null);
        Collected exported = new Collected(Integer.MAX_VALUE);
        long taken = service.export(request, false, exported);

        List<String> paged = pagedIds(service, request);
        assertEquals(ARTICLES / 2, paged.size(), sort + ": the search's own count of matches");
        assertEquals(paged, exported.ids(), sort + ": same articles, same order");
        assertEquals(
            List.of((long) paged.size(), (long) paged.size()), List.of(exported.total, taken));
      }
    }
  }

  @Test
  void bodiesAreReadOnlyWhenAskedForAndTheSinkCanStopTheWalk() throws Exception {
    FixtureCorpus.write(indexDir);
    try (SearchService service = LuceneSearch.open(indexDir)) {
      SearchRequest amazon =
          SearchRequest.of("")
              .withSelections(Map.of(ArticleSchema.COMPANY, List.of("amazon")))
              .withSort(SortOrder.OLDEST);
      List<Article> expected =
          FixtureCorpus.ARTICLES.stream()
              .filter(a -> a.companies().contains("Amazon"))
              .sorted(
                  Comparator.comparing(
                          Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(Article::id))
              .toList();

      Collected withBodies = new Collected(Integer.MAX_VALUE);
      service.export(amazon, true, withBodies);
      // An export reads what a reader of the article needs; where it was read from is not that.
      assertEquals(expected.stream().map(ExportTest::withoutOrigin).toList(), withBodies.articles);

      Collected withoutBodies = new Collected(2);
      assertEquals(2, service.export(amazon, false, withoutBodies));
      assertEquals(List.of(expected.get(0).id(), expected.get(1).id()), withoutBodies.ids());
      assertEquals(List.of("", ""), withoutBodies.articles.stream().map(Article::body).toList());
      assertEquals(expected.size(), withoutBodies.total);
    }
  }

  @Test
  void aCommitDuringTheWalkDoesNotChangeWhatTheWalkHandsOver() throws Exception {
    List<Article> articles = corpus();
    write(articles);
    try (SearchService service =
        LuceneSearch.following(indexDir, Duration.ofMillis(20), SearchService.DEFAULT_TIME_LIMIT)) {
      long before = service.version();
      List<String> ids = new ArrayList<>();
      service.export(
          new SearchRequest("", null, null, DateRange.ALL, SortOrder.OLDEST, 1, 1, null, 1, null),
          false,
          article -> {
            if (ids.isEmpty()) {
              try {
                write(articles.subList(0, 10)); // the archive shrinks to ten articles
                awaitNewVersion(service, before);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            }
            ids.add(article.id());
            return true;
          });
      assertEquals(ARTICLES, ids.size(), "the walk finished on the version it started on");
      // The rewrite commits twice, so the version awaited may be its first, of six articles.
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (service.search(SearchRequest.of("")).total() != 10 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(10, service.search(SearchRequest.of("")).total(), "the service moved on");
    }
  }

  private static Article withoutOrigin(Article a) {
    return new Article(
        a.id(),
        a.title(),
        a.body(),
        a.published(),
        a.source(),
        a.url(),
        a.authors(),
        a.companies(),
        a.topics(),
        Origin.file(Path.of("")));
  }

  /** The ids of every hit of {@code request}, page after page, following the cursor. */
  private static List<String> pagedIds(SearchService service, SearchRequest request)
      throws Exception {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page =
          service.search(
              new SearchRequest(
                  request.query(),
                  request.prefix(),
                  request.selections(),
                  request.dates(),
                  request.sort(),
                  1,
                  request.size(),
                  cursor,
                  request.facetSize(),
                  null));
      page.hits().forEach(hit -> ids.add(hit.id()));
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  private static void awaitNewVersion(SearchService service, long version) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (service.version() == version) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the service never saw the new commit");
      }
      Thread.sleep(10);
    }
  }

  /** Collects what an export hands over, stopping after {@code limit} articles. */
  private static final class Collected implements ExportSink {
    private final int limit;
    private final List<Article> articles = new ArrayList<>();
    private long total = -1;

    Collected(int limit) {
      this.limit = limit;
    }

    @Override
    public void begin(long total) {
      this.total = total;
    }

    @Override
    public boolean accept(Article article) {
      articles.add(article);
      return articles.size() < limit;
    }

    List<String> ids() {
      return articles.stream().map(Article::id).toList();
    }
  }
}

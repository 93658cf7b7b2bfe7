package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import newsarchive.article.Article;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SearchService;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The word being typed is completed to the indexed words it begins that are in the most articles,
 * kept per index version for short prefixes.
 */
class WordCompletionTest {

  /**
   * Seventy words, "zorb99" down to "zorb30", the first in 70 articles and each next in one fewer:
   * A to Z, the rarest come first, so the most frequent are not simply the first in the index.
   */
  private static final List<String> WORDS =
      IntStream.range(0, 70).mapToObj(i -> "zorb" + (99 - i)).toList();

  @TempDir Path dir;

  @Test
  void anUnfinishedWordIsCompletedToTheSixtyFourWordsInTheMostArticles() throws Exception {
    FixtureCorpus.write(dir, corpus());
    try (LiveIndex index = LiveIndex.open(dir)) {
      List<String> expected = WORDS.subList(0, Vocabulary.COMPLETIONS);
      assertEquals(expected, index.read(snapshot -> snapshot.vocabulary().completions("zor")));
      assertEquals(expected, index.read(snapshot -> snapshot.vocabulary().completions("zorb")));
      assertEquals(
          List.of(
              "zorb39", "zorb38", "zorb37", "zorb36", "zorb35", "zorb34", "zorb33", "zorb32",
              "zorb31", "zorb30"),
          index.read(snapshot -> snapshot.vocabulary().completions("zorb3")));
    }
  }

  @Test
  void aPrefixCountsTheArticlesWithItsFrequentCompletionsAndTheTypedWordFindsARareOne()
      throws Exception {
    FixtureCorpus.write(dir, corpus());
    try (SearchService service = LuceneSearch.open(dir)) {
      SearchResult prefix = service.search(typing("zor"));
      assertEquals(70, prefix.total(), "articles with one of the 64 most frequent completions");
      assertFalse(ids(prefix).contains("rare"), ids(prefix).toString());

      assertEquals(List.of("rare"), ids(service.search(typing("zorb0"))));
      assertEquals(List.of("rare"), ids(service.search(typing("zorb00"))));
      assertEquals(List.of("rare"), ids(service.search(SearchRequest.of("zorb00"))));
    }
  }

  @Test
  void theCompletionsAndAnswersKeptForAVersionFollowAReindex() throws Exception {
    FixtureCorpus.write(dir, corpus());
    try (LiveIndex index = LiveIndex.open(dir);
        SearchService service =
            LuceneSearch.following(dir, Duration.ofMillis(20), SearchService.DEFAULT_TIME_LIMIT)) {
      assertEquals(
          "zorb99", index.read(snapshot -> snapshot.vocabulary().completions("zor")).getFirst());
      assertEquals(70, service.search(typing("zo")).total());
      long version = service.version();

      try (ArticleIndexer indexer = ArticleIndexer.open(dir, false)) {
        for (int i = 0; i < 80; i++) {
          Article article = article("later-" + i, "zorb00");
          indexer.upsert(article.id(), indexer.document(article, "later-" + i));
        }
        indexer.commit("");
      }
      index.refresh();
      awaitNewVersion(service, version);

      List<String> after = index.read(snapshot -> snapshot.vocabulary().completions("zor"));
      assertEquals(List.of("zorb00", "zorb99", "zorb98"), after.subList(0, 3));
      assertEquals(Vocabulary.COMPLETIONS, after.size());
      assertEquals(70 + 1 + 80, service.search(typing("zo")).total(), "zorb00 is frequent now");
    }
  }

  @Test
  void theArticlesWithACompletionAreKeptFromTheFirstSearchThatNeedsThem() throws Exception {
    // Lucene's query cache leaves segments under 10,000 documents alone: make one of 10,000.
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String word = WORDS.get(i % Vocabulary.COMPLETIONS);
      articles.add(article("m" + i, i % 2 == 0 ? word + " merger" : word));
    }
    FixtureCorpus.write(dir, articles);
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(ArticleSchema.analyzer()))) {
      writer.forceMerge(1);
    }
    LRUQueryCache cache = (LRUQueryCache) FilterCache.CACHE;
    try (SearchService service = LuceneSearch.open(dir)) {
      assertEquals(10_000, service.search(typing("zorb")).total());

      long hitsBefore = cache.getHitCount();
      assertEquals(5_000, service.search(typing("merger zorb")).total());
      assertTrue(
          cache.getHitCount() > hitsBefore,
          "the second search reads the completions' articles from the cache");
    }
  }

  /**
   * Wait (at most ten seconds) until the service answers from a version newer than {@code seen}.
   */
  private static void awaitNewVersion(SearchService service, long seen) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (service.version() == seen) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the service never followed the new commit");
      }
      Thread.sleep(10);
    }
  }

  private static SearchRequest typing(String text) {
    return new SearchRequest(text, Prefix.LAST, null, null, null, 1, 100, null, 20, null);
  }

  /**
   * Article {@code k} holds the {@code k + 1} most frequent words, so word {@code i} is in {@code
   * 70 - i} articles; one more article holds only "zorb00", a word no other has.
   */
  private static List<Article> corpus() {
    List<Article> articles = new ArrayList<>();
    for (int k = 0; k < WORDS.size(); k++) {
      articles.add(article("a" + k, String.join(" ", WORDS.subList(0, k + 1))));
    }
    articles.add(article("rare", "zorb00"));
    return articles;
  }

  private static Article article(String id, String words) {
    return FixtureCorpus.article(
        id, "Report " + id, "2026-01-15", "Tech Wire", List.of(), List.of(), "Seen: " + words);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }
}

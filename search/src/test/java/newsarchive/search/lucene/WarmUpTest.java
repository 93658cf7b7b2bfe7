package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.index.ArticleIndexer;
import newsarchive.query.Synonyms;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each index version is searched before it answers: at length the first, once every later one. */
class WarmUpTest {

  @TempDir Path dir;

  @Test
  void everyVersionIsWarmedUpBeforeItAnswersTheFirstAsTheFirst() throws Exception {
    FixtureCorpus.write(dir);
    List<String> warmed = new ArrayList<>();
    LiveIndex.Warmer recorder =
        (snapshot, first) ->
            warmed.add(snapshot.getIndexReader().numDocs() + (first ? " first" : " later"));
    try (LiveIndex index = LiveIndex.open(dir, recorder, Synonyms.bundled())) {
      assertEquals(List.of("16 first"), warmed);

      addArticle("late-news");
      index.refresh();
      assertEquals(List.of("16 first", "17 later"), warmed);
      int answering = index.read(snapshot -> snapshot.getIndexReader().numDocs());
      assertEquals(17, answering);
    }
  }

  @Test
  void aWarmedUpServiceAnswersItsFirstSearchesAsAColdOneWould() throws Exception {
    FixtureCorpus.write(dir);
    List<SearchRequest> requests =
        List.of(
            SearchRequest.of(""),
            SearchRequest.of("openai"),
            new SearchRequest("nvid", Prefix.LAST, null, null, null, 1, 10, null, 10, null));
    List<SearchResult> cold = new ArrayList<>();
    try (SearchService service = LuceneSearch.open(dir)) {
      for (SearchRequest request : requests) {
        cold.add(service.search(request).withTookMs(0));
      }
    }
    try (SearchService service =
        LuceneSearch.following(dir, Duration.ofSeconds(1), SearchService.DEFAULT_TIME_LIMIT)) {
      for (int i = 0; i < requests.size(); i++) {
        assertEquals(cold.get(i), service.search(requests.get(i)).withTookMs(0));
      }
    }
  }

  private void addArticle(String id) throws Exception {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, false)) {
      Article article =
          FixtureCorpus.article(
              id, "Late news", "2030-01-01", "Tech Wire", List.of(), List.of(), "Written later.");
      indexer.upsert(article.id(), indexer.document(article, "hash-" + id));
      indexer.commit("");
    }
  }
}

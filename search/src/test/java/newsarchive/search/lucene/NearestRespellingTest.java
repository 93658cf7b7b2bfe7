package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt word is respelt to the nearest word the articles hold, before a commoner one further
 * away: "mistal" is Mistral (one letter left out), not "mistake" (two edits), however many articles
 * say "mistake"; on the embedded index here, on SolrCloud, whose shards each propose their own
 * words, in a subclass.
 */
public class NearestRespellingTest {

  @TempDir Path dir;

  /** A search over {@code articles}: the embedded index, written in {@code dir}. */
  protected SearchService open(Path dir, List<Article> articles) throws Exception {
    FixtureCorpus.write(dir, articles);
    return LuceneSearch.open(dir);
  }

  @Test
  void aMisspeltWordIsRespeltToTheNearestWordNotTheCommonest() throws Exception {
    List<Article> articles = new ArrayList<>();
    articles.add(
        article("mistral", "Mistral AI raises funds", "The French start-up raised money."));
    for (int i = 0; i < 8; i++) {
      articles.add(article("mistake" + i, "Report " + i, "The forecast was a costly mistake."));
      articles.add(article("mixtral" + i, "Models " + i, "Mixtral is an open model."));
    }
    try (SearchService search = open(dir, articles)) {
      SearchResult result = search.search(SearchRequest.of("mistal ai"));
      assertEquals(new SearchResult.Corrected("mistral ai", "\"mistal\" ai"), result.corrected());
      assertEquals("mistral", result.hits().getFirst().id());
    }
  }

  private static Article article(String id, String title, String body) {
    return FixtureCorpus.article(id, title, "2025-01-01", "Wire", List.of(), List.of(), body);
  }
}

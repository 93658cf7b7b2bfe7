package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SearchResult.OtherWords;
import newsarchive.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name typed finds the articles that write it with a version number run on ("Trainium2" for
 * "trainium"), as every match; on the embedded index here, on SolrCloud in a subclass.
 */
@TestInstance(Lifecycle.PER_CLASS)
public class NumberedNamesTest {

  private SearchService search;

  /** A search over {@code articles}: the embedded index, written in {@code dir}. */
  protected SearchService open(Path dir, List<Article> articles) throws Exception {
    FixtureCorpus.write(dir, articles);
    return LuceneSearch.open(dir);
  }

  @BeforeAll
  void open(@TempDir Path indexDir) throws Exception {
    search =
        open(
            indexDir,
            List.of(
                article(
                    "second",
                    "AWS announces its second training chip",
                    "Amazon Web Services showed Trainium2, its second chip for training models."),
                article(
                    "first",
                    "Anthropic picks Amazon as its main cloud",
                    "Anthropic will train its models on Trainium chips in Amazon's data centres."),
                article(
                    "flaw",
                    "A flaw in a logging library alarms security teams",
                    "The flaw, known as Log4Shell, lets attackers run code through Log4j."),
                article(
                    "ship",
                    "A ship's log is found after a century",
                    "Divers found the log of a steamer that sank in a storm.")));
  }

  private static Article article(String id, String title, String body) {
    return FixtureCorpus.article(id, title, "2025-01-01", "Wire", List.of(), List.of(), body);
  }

  @AfterAll
  void close() throws Exception {
    search.close();
  }

  private List<String> allWordsIds(SearchResult result) {
    return result.hits().stream()
        .filter(hit -> hit.match().equals(Hit.ALL))
        .map(Hit::id)
        .sorted()
        .toList();
  }

  @Test
  void aNameFindsTheArticlesThatRunAVersionNumberOnIt() throws Exception {
    SearchResult result = search.search(SearchRequest.of("trainium"));
    assertEquals(List.of("first", "second"), allWordsIds(result));
    assertEquals(List.of(new OtherWords("trainium", List.of("trainium2"))), result.otherWords());
  }

  @Test
  void aWordFindsTheNamesThatBeginWithItAndANumber() throws Exception {
    SearchResult result = search.search(SearchRequest.of("log"));
    assertEquals(List.of("flaw", "ship"), allWordsIds(result));
    assertEquals(
        List.of(new OtherWords("log", List.of("log4j", "log4shell"))), result.otherWords());
  }

  @Test
  void aVersionTypedFindsOnlyThatVersion() throws Exception {
    SearchResult result = search.search(SearchRequest.of("trainium2"));
    assertEquals(List.of("second"), allWordsIds(result));
    assertEquals(null, result.otherWords());
  }
}

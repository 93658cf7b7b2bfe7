package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.corpus.CorpusReader;
import newsarchive.enrich.ArticleTagger;
import newsarchive.index.ReindexListener;
import newsarchive.index.ReindexReport;
import newsarchive.index.Reindexer;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden table {@code golden/queries.tsv}: each query's hits, in order, as the search service
 * answers a user over the index the real reindex builds of {@code golden/corpus}.
 */
class GoldenQueriesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** Ends an ids column that lists only the first hits. */
  private static final String MORE = "…";

  @Test
  void everyGoldenQueryAnswersItsIdsInOrder(@TempDir Path index) throws Exception {
    List<Path> corpus = List.of(GOLDEN.resolve("corpus"));
    ReindexReport report =
        new Reindexer(new CorpusReader(), ArticleTagger.forCorpora(corpus, corpus.getFirst()))
            .run(corpus, index, true, ReindexListener.SILENT);
    assertTrue(report.problems().isEmpty(), () -> "corpus problems: " + report.problems());

    Map<String, String> expected = new LinkedHashMap<>();
    Map<String, String> actual = new LinkedHashMap<>();
    try (SearchService search = LuceneSearch.open(index)) {
      for (String line :
          Files.readAllLines(GOLDEN.resolve("queries.tsv"), StandardCharsets.UTF_8)) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        String query = columns[0];
        String ids = columns[1];
        List<String> hits =
            search.search(SearchRequest.of(query)).hits().stream()
                .map(SearchResult.Hit::id)
                .toList();
        expected.put(query, ids);
        actual.put(query, asColumn(hits, ids.endsWith(MORE) ? ids.split(", ").length - 1 : -1));
      }
    }
    assertEquals(expected, actual);
  }

  /** The hits as the ids column writes them: all, or the first {@code first} and "…". */
  private static String asColumn(List<String> hits, int first) {
    if (hits.isEmpty()) {
      return "none";
    }
    if (first < 0) {
      return String.join(", ", hits);
    }
    return String.join(", ", hits.subList(0, Math.min(first, hits.size()))) + ", " + MORE;
  }
}

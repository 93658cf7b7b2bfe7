package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden table {@code golden/queries.tsv}: for each query, the ids that must come first from
 * the index built of {@code golden/corpus}, with a plain term query over title and body.
 */
class GoldenQueriesTest {

  @Test
  void everyGoldenQueryReturnsItsExpectedIdsFirst(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("index");
    TestCorpus.reindex(index, false, TestCorpus.copy("golden/corpus", dir.resolve("corpus")));

    Map<String, List<String>> expected = new LinkedHashMap<>();
    Map<String, List<String>> actual = new LinkedHashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String line :
          Files.readAllLines(
              Path.of("src/test/resources/golden/queries.tsv"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        List<String> ids = Arrays.asList(columns[1].split(","));
        expected.put(columns[0], ids);
        List<String> top = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query(columns[0]), ids.size()).scoreDocs) {
          top.add(searcher.storedFields().document(hit.doc).get(ArticleSchema.ID));
        }
        actual.put(columns[0], top);
      }
    }
    assertEquals(expected, actual);
  }

  /** Any analysed word of {@code text} in the body, or (counting double) in the title. */
  private static Query query(String text) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    try (Analyzer analyzer = ArticleSchema.analyzer()) {
      for (String field : List.of(ArticleSchema.TITLE, ArticleSchema.BODY)) {
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
          CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
          tokens.reset();
          while (tokens.incrementToken()) {
            Query termQuery = new TermQuery(new Term(field, term.toString()));
            query.add(
                field.equals(ArticleSchema.TITLE) ? new BoostQuery(termQuery, 2f) : termQuery,
                BooleanClause.Occur.SHOULD);
          }
          tokens.end();
        }
      }
    }
    return query.build();
  }
}

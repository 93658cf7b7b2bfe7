package newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsarchive.index.ArticleSchema;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexing baseline indexes every line once, with the fields and facets the issue names. */
class BareIndexerTest {

  @TempDir Path dir;

  @Test
  void everyLineIsIndexedOnceWithItsStoredFieldsAndGivenFacets() throws Exception {
    JsonlFile corpus = corpus();
    assertEquals(2_002, new BareIndexer(false).index(corpus, dir.resolve("bare")));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("bare")))) {
      assertEquals(2_002, reader.numDocs());
      StoredFields stored = reader.storedFields();
      Set<String> ids = new HashSet<>();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        ids.add(stored.document(doc).get(ArticleSchema.ID));
      }
      assertEquals(2_002, ids.size());
      IndexSearcher searcher = new IndexSearcher(reader);
      int tagged =
          searcher.search(new TermQuery(new Term(ArticleSchema.ID, "tagged-1")), 1)
              .scoreDocs[0]
              .doc;
      assertEquals("Quarterly chips", stored.document(tagged).get(ArticleSchema.TITLE));
      assertEquals(
          List.of(new LabelAndValue("Nvidia", 2), new LabelAndValue("AMD", 1)),
          List.of(facets(searcher, ArticleSchema.COMPANY).labelValues));
      assertEquals(
          List.of(new LabelAndValue("Chips", 1)),
          List.of(facets(searcher, ArticleSchema.TOPIC).labelValues));
      assertEquals(2_002, facets(searcher, ArticleSchema.SOURCE).value.intValue());
      // Stemmed, as EnglishAnalyzer indexes it, and no second, unstemmed field.
      assertEquals(1, searcher.count(new TermQuery(new Term(ArticleSchema.BODY, "zqxquarterli"))));
      assertNull(MultiTerms.getTerms(reader, ArticleSchema.WORDS));
    }
  }

  @Test
  void theWordsVariantAlsoIndexesTheUnstemmedWords() throws Exception {
    new BareIndexer(true).index(corpus(), dir.resolve("words"));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("words")))) {
      assertEquals(
          1,
          new IndexSearcher(reader)
              .count(new TermQuery(new Term(ArticleSchema.WORDS, "zqxquarterly"))));
    }
  }

  /** 2,000 generated articles and two with companies and topics given. */
  private JsonlFile corpus() throws IOException, InterruptedException {
    JsonlFile corpus = new JsonlFile(dir.resolve("corpus.jsonl"));
    if (!Files.exists(corpus.path())) {
      GenerateCommand.write(corpus, 2_000, 7);
      Files.writeString(
          corpus.path(),
          """
          {"id":"tagged-1","title":"Quarterly chips","body":"Sales grew zqxquarterly.",\
          "published":"2025-03-01","source":"Wire","companies":["Nvidia","AMD"],"topics":["Chips"]}
          {"id":"tagged-2","title":"Chips","body":"More chips.","published":"2025-03-02",\
          "source":"Wire","companies":["Nvidia"]}
          """,
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    }
    return corpus;
  }

  private static FacetResult facets(IndexSearcher searcher, String dimension) throws IOException {
    FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    return new SortedSetDocValuesFacetCounts(
            new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), new FacetsConfig()),
            all)
        .getTopChildren(10, dimension);
  }
}

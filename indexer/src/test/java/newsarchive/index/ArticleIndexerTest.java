package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexerTest {

  @TempDir Path indexDir;

  private static Article article(String id, String title) {
    return new Article(
        id,
        title,
        "OpenAI's models come to Amazon Web Services.",
        Instant.parse("2026-04-29T00:00:00Z"),
        "Newsarchive Briefs",
        "https://example.com/" + id,
        List.of("Staff"),
        List.of("OpenAI", "Amazon"),
        List.of("Partnerships", "Cloud"),
        Origin.file(Path.of("articles/" + id + ".txt")));
  }

  @Test
  void fileStampsKeptWithACommitAreReadBackButNotThoseOfARunThatNeverCommitted() throws Exception {
    FileStamps kept = new FileStamps("tagging 1", Map.of(Path.of("/corpus/a.jsonl"), "10 1"));
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
      write(indexer, article("a1", "OpenAI adds Amazon cloud"), "h1");
      indexer.keepFiles(kept);
      indexer.commit("");
    }
    try (ArticleIndexer crashed = ArticleIndexer.open(indexDir, false)) {
      crashed.keepFiles(new FileStamps("tagging 2", Map.of(Path.of("/corpus/b.jsonl"), "20 2")));
      // closed without a commit, as after a crash
    }
    try (ArticleIndexer next = ArticleIndexer.open(indexDir, false)) {
      assertEquals(kept, next.files());
    }
    try (ArticleIndexer rebuild = ArticleIndexer.open(indexDir, true)) {
      assertEquals(FileStamps.NONE, rebuild.files());
    }
  }

  @Test
  void subjectCompaniesAreAFilterAndFacetOfTheirOwnBesideEveryCompany() throws Exception {
    Article about = article("a1", "OpenAI adds Amazon cloud");
    Article passing = article("a2", "Cloud news");
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
      write(
          indexer,
          about.withTags(about.companies(), List.of("OpenAI", "Amazon"), about.topics()),
          "h1");
      write(
          indexer,
          passing.withTags(passing.companies(), List.of("OpenAI"), passing.topics()),
          "h2");
      indexer.commit("");
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      DrillDownQuery every = new DrillDownQuery(ArticleSchema.facetsConfig());
      every.add(ArticleSchema.COMPANY, "Amazon");
      DrillDownQuery subject = new DrillDownQuery(ArticleSchema.facetsConfig());
      subject.add(ArticleSchema.SUBJECT_COMPANY, "Amazon");
      assertEquals(2, searcher.count(every));
      assertEquals(1, searcher.count(subject));
      FacetsCollector hits = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      FacetResult subjects =
          new SortedSetDocValuesFacetCounts(
                  new DefaultSortedSetDocValuesReaderState(
                      reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME, ArticleSchema.facetsConfig()),
                  hits)
              .getTopChildren(10, ArticleSchema.SUBJECT_COMPANY);
      assertEquals(
          List.of("OpenAI=2", "Amazon=1"),
          java.util.Arrays.stream(subjects.labelValues).map(l -> l.label + "=" + l.value).toList());
      assertEquals(
          List.of("OpenAI", "Amazon"),
          ArticleSchema.fromDocument(searcher.storedFields().document(0)).subjects());
    }
  }

  @Test
  void anArticleComesBackFromTheIndexAsItWasWritten() throws Exception {
    Article written = article("a1", "OpenAI adds Amazon cloud");
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
      write(indexer, written, "h1");
      indexer.commit("");
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs hits = searcher.search(new TermQuery(new Term(ArticleSchema.BODY, "amazon")), 10);
      assertEquals(1, hits.totalHits.value());
      Article read =
          ArticleSchema.fromDocument(searcher.storedFields().document(hits.scoreDocs[0].doc));
      assertEquals(written, read);
    }
  }

  @Test
  void upsertReplacesTheArticleWithTheSameId() throws Exception {
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
      write(indexer, article("a1", "First title"), "h1");
      indexer.commit("");
      write(indexer, article("a1", "Second title"), "h2");
      indexer.commit("");
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      assertEquals(1, reader.numDocs());
      IndexSearcher searcher = new IndexSearcher(reader);
      int doc =
          searcher.search(new TermQuery(new Term(ArticleSchema.ID, "a1")), 1).scoreDocs[0].doc;
      assertEquals("Second title", searcher.storedFields().document(doc).get(ArticleSchema.TITLE));
    }
  }

  @Test
  void uncommittedChangesAreDroppedOnClose() throws Exception {
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
      write(indexer, article("a1", "Kept"), "h1");
      indexer.commit("");
      write(indexer, article("a2", "Never committed"), "h2");
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      assertEquals(1, reader.numDocs());
    }
  }

  @Test
  void aSecondWriterOnTheSameIndexFailsAtOnce() throws Exception {
    try (ArticleIndexer first = ArticleIndexer.open(indexDir, false)) {
      assertThrows(LockObtainFailedException.class, () -> ArticleIndexer.open(indexDir, false));
    }
  }

  @Test
  void anIndexWrittenWithAnOlderSchemaIsRebuiltInsteadOfRefusingNewDocuments() throws Exception {
    // Version 1 indexed the spelling words with positions and recorded no schema version.
    IndexWriterConfig older = new IndexWriterConfig(ArticleSchema.analyzer());
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), older)) {
      Document doc = new Document();
      doc.add(new KeywordField(ArticleSchema.ID, "old", Field.Store.YES));
      doc.add(new TextField(ArticleSchema.WORDS, "older words", Field.Store.NO));
      writer.addDocument(doc);
      writer.commit();
    }
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
      write(indexer, article("a1", "OpenAI adds Amazon cloud"), "h1");
      indexer.commit("");
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      assertEquals(
          List.of(1, "a1", Integer.toString(ArticleSchema.VERSION)),
          List.of(
              reader.numDocs(),
              reader.storedFields().document(0).get(ArticleSchema.ID),
              reader.getIndexCommit().getUserData().get(ArticleSchema.SCHEMA_VERSION)));
    }
  }

  @Test
  void eachCommitRecordsItsDimensionsAndOtherDimensionsRebuildTheIndex() throws Exception {
    try (ArticleIndexer indexer = ArticleIndexer.open(indexDir, false)) {
      write(indexer, article("a1", "Written with the schema's dimensions"), "h1");
      indexer.commit("");
      assertEquals(1, indexer.stored().size());
    }
    try (ArticleIndexer same = ArticleIndexer.open(indexDir, false)) {
      assertEquals(List.of("a1"), List.copyOf(same.stored().keySet()), "same dimensions: kept");
    }
    ArticleSchema.FacetDimension author =
        new ArticleSchema.FacetDimension("byline", "Byline", Article::authors);
    List<ArticleSchema.FacetDimension> four =
        List.of(
            ArticleSchema.DIMENSIONS.get(0),
            ArticleSchema.DIMENSIONS.get(1),
            ArticleSchema.DIMENSIONS.get(2),
            author);
    try (ArticleIndexer indexer = ArticleIndexer.open(FSDirectory.open(indexDir), false, four)) {
      assertEquals(Map.of(), indexer.stored(), "a new dimension: every article is rewritten");
      write(indexer, article("a2", "Written with a byline dimension"), "h2");
      indexer.commit("");
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      assertEquals(
          "company\tCompany\ntopic\tTopic\nsource\tSource\nbyline\tByline",
          reader.getIndexCommit().getUserData().get(ArticleSchema.DIMENSIONS_DATA));
      assertEquals(
          Map.of("company", "Company", "topic", "Topic", "source", "Source", "byline", "Byline"),
          ArticleSchema.described(
              reader.getIndexCommit().getUserData().get(ArticleSchema.DIMENSIONS_DATA)));
      FacetsCollector hits =
          new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      FacetResult bylines =
          new SortedSetDocValuesFacetCounts(
                  new DefaultSortedSetDocValuesReaderState(reader, ArticleSchema.facetsConfig()),
                  hits)
              .getTopChildren(10, "byline");
      // No dimension total (-1): the dimension the schema never named is multi-valued too.
      assertEquals("dim=byline path=[] value=-1 childCount=1\n  Staff (1)\n", bylines.toString());
    }
  }

  @Test
  void anArticleWrittenBeforeBodiesWereDeflatedStillReadsBack() throws Exception {
    // Up to schema 4 the body was stored as plain text; a server answers such an index until the
    // next reindex rewrites it.
    try (IndexWriter writer =
        new IndexWriter(
            FSDirectory.open(indexDir), new IndexWriterConfig(ArticleSchema.analyzer()))) {
      Document doc = new Document();
      doc.add(new KeywordField(ArticleSchema.ID, "old", Field.Store.YES));
      doc.add(new TextField(ArticleSchema.TITLE, "An older article", Field.Store.YES));
      doc.add(new TextField(ArticleSchema.BODY, "Its body is plain text.", Field.Store.YES));
      writer.addDocument(doc);
      writer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      Article article = ArticleSchema.fromDocument(reader.storedFields().document(0));
      assertEquals(
          List.of("old", "An older article", "Its body is plain text."),
          List.of(article.id(), article.title(), article.body()));
    }
  }

  /** Write {@code article} as the reindex does: its document, then the upsert by id. */
  private static void write(ArticleIndexer indexer, Article article, String hash)
      throws IOException {
    indexer.upsert(article.id(), indexer.document(article, hash));
  }
}

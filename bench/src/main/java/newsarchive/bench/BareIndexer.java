package newsarchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline for indexing: the shortest honest Lucene loop over a JSON Lines file. It reads each
 * line with Jackson and indexes the archive's text and stored fields with the archive's analyzer
 * and writer settings, but does no tagging, hashing or facets and never looks up an older version.
 */
final class BareIndexer {

  private BareIndexer() {}

  /**
   * Index every article of {@code input} into a new index at {@code indexDir}; return the count.
   */
  static long index(JsonlFile input, Path indexDir) throws IOException {
    // The archive's own writer settings (analyzer, buffer, codec), so that only the work differs.
    IndexWriterConfig config = ArticleIndexer.config(true);
    long count = 0;
    try (InputStream in = input.open();
        IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), config)) {
      for (JsonArticle article : JsonArticle.read(in)) {
        writer.addDocument(toDocument(article, count));
        count++;
      }
      writer.commit();
    }
    return count;
  }

  private static Document toDocument(JsonArticle article, long line) {
    Document doc = new Document();
    String title = article.title() == null ? "" : article.title();
    String body = article.body() == null ? "" : article.body();
    doc.add(
        new KeywordField(
            ArticleSchema.ID,
            article.id() == null ? "line-" + line : article.id(),
            Field.Store.YES));
    doc.add(new TextField(ArticleSchema.TITLE, title, Field.Store.YES));
    doc.add(new TextField(ArticleSchema.BODY, body, Field.Store.YES));
    doc.add(new Field(ArticleSchema.WORDS, title + "\n" + body, ArticleSchema.WORDS_ONLY));
    Instant published = article.publishedInstant();
    if (published != null) {
      doc.add(new LongField(ArticleSchema.PUBLISHED, published.toEpochMilli(), Field.Store.YES));
    }
    if (article.url() != null) {
      doc.add(new StoredField(ArticleSchema.URL, article.url()));
    }
    if (article.authors() != null) {
      article.authors().forEach(a -> doc.add(new StoredField(ArticleSchema.AUTHOR, a)));
    }
    return doc;
  }
}

package newsarchive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import newsarchive.article.Article;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes articles into the index at one path. Holds Lucene's write lock for its lifetime, so a
 * second writer on the same index fails at once; readers keep their view until it commits.
 */
public final class ArticleIndexer implements AutoCloseable {

  private final IndexWriter writer;

  private ArticleIndexer(IndexWriter writer) {
    this.writer = writer;
  }

  /**
   * Open the index at {@code indexDir} for writing, creating it when missing.
   *
   * @param rebuild whether to start from an empty index (the old one stays readable until commit)
   * @throws org.apache.lucene.store.LockObtainFailedException when another writer holds the index
   */
  public static ArticleIndexer open(Path indexDir, boolean rebuild) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(ArticleSchema.analyzer());
    config.setOpenMode(
        rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // Big enough that a million short articles flush in large segments, small enough for 512 MB
    // heaps.
    config.setRAMBufferSizeMB(128);
    config.setCommitOnClose(false);
    return new ArticleIndexer(new IndexWriter(FSDirectory.open(indexDir), config));
  }

  /** Add the article, replacing any earlier version with the same id. */
  public void upsert(Article article, String hash) throws IOException {
    writer.updateDocument(
        new Term(ArticleSchema.ID, article.id()), ArticleSchema.toDocument(article, hash));
  }

  /** Remove the article with this id, if indexed. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(ArticleSchema.ID, id));
  }

  /** Make every change so far visible and durable in one atomic commit. */
  public void commit() throws IOException {
    writer.setLiveCommitData(
        Map.of(ArticleSchema.COMMITTED_AT, Long.toString(System.currentTimeMillis())).entrySet());
    writer.commit();
  }

  /** Drop uncommitted changes and release the write lock; the last commit stays as it was. */
  @Override
  public void close() throws IOException {
    writer.rollback();
  }
}

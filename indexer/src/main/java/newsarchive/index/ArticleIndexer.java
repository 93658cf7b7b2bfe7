package newsarchive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import newsarchive.article.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
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
   * Open the index at {@code indexDir} for writing, creating it when missing. An index written with
   * an older schema is rebuilt, since Lucene refuses documents whose fields changed their options.
   *
   * @param rebuild whether to start from an empty index (the old one stays readable until commit)
   * @throws org.apache.lucene.store.LockObtainFailedException when another writer holds the index
   */
  public static ArticleIndexer open(Path indexDir, boolean rebuild) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    boolean create = rebuild || !currentSchema(directory);
    return new ArticleIndexer(new IndexWriter(directory, config(create)));
  }

  /** The archive's writer settings, also used by the benchmarks' bare Lucene baseline. */
  public static IndexWriterConfig config(boolean create) {
    IndexWriterConfig config = new IndexWriterConfig(ArticleSchema.analyzer());
    config.setOpenMode(
        create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // Big enough that a million short articles flush in large segments, small enough for 512 MB
    // heaps.
    config.setRAMBufferSizeMB(128);
    // Stored fields stay LZ4 (the default): the body, most of them, is deflated per article
    // (CompressedText), and Lucene's DEFLATE mode inflates a 48 KB block per hit read (0.25 ms).
    config.setCommitOnClose(false);
    return config;
  }

  /** Whether the directory holds no index yet, or one written with this schema version. */
  private static boolean currentSchema(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return true;
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    return Integer.toString(ArticleSchema.VERSION).equals(data.get(ArticleSchema.SCHEMA_VERSION));
  }

  /** Add the article, replacing any earlier version with the same id. */
  public void upsert(Article article, String hash) throws IOException {
    upsert(article.id(), ArticleSchema.toDocument(article, hash));
  }

  /**
   * Add the {@code document} that {@link ArticleSchema#toDocument} built for the article {@code
   * id}, replacing any earlier version.
   */
  public void upsert(String id, Document document) throws IOException {
    writer.updateDocument(new Term(ArticleSchema.ID, id), document);
  }

  /** Remove the article with this id, if indexed. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(ArticleSchema.ID, id));
  }

  /** Make every change so far visible and durable in one atomic commit. */
  public void commit() throws IOException {
    commit("");
  }

  /**
   * Make every change so far visible and durable in one atomic commit that records which tagging
   * tables tagged the articles ({@code stats} shows it).
   */
  public void commit(String taggingTables) throws IOException {
    writer.setLiveCommitData(
        Map.of(
                ArticleSchema.COMMITTED_AT,
                Long.toString(System.currentTimeMillis()),
                ArticleSchema.SCHEMA_VERSION,
                Integer.toString(ArticleSchema.VERSION),
                ArticleSchema.TAGGING_TABLES,
                taggingTables)
            .entrySet());
    writer.commit();
  }

  /** Drop uncommitted changes and release the write lock; the last commit stays as it was. */
  @Override
  public void close() throws IOException {
    writer.rollback();
  }
}

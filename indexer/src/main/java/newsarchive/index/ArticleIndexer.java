package newsarchive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import newsarchive.article.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Writes articles into the index at one path. Holds Lucene's write lock for its lifetime, so a
 * second writer on the same index fails at once; readers keep their view until it commits.
 */
public final class ArticleIndexer implements ArticleStore<Document> {

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

  @Override
  public Document document(Article article, String hash) {
    return ArticleSchema.toDocument(article, hash);
  }

  /** Add the article, replacing any earlier version with the same id. */
  public void upsert(Article article, String hash) throws IOException {
    upsert(article.id(), ArticleSchema.toDocument(article, hash));
  }

  /**
   * Add the {@code document} that {@link ArticleSchema#toDocument} built for the article {@code
   * id}, replacing any earlier version.
   */
  @Override
  public void upsert(String id, Document document) throws IOException {
    writer.updateDocument(new Term(ArticleSchema.ID, id), document);
  }

  /** Remove the article with this id, if indexed. */
  @Override
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(ArticleSchema.ID, id));
  }

  /** The id, hash and origin of every article in the index's last commit. */
  @Override
  public Map<String, Indexed> indexed() throws IOException {
    Map<String, Indexed> indexed = new HashMap<>();
    Directory directory = writer.getDirectory();
    if (!DirectoryReader.indexExists(directory)) {
      return indexed;
    }
    try (DirectoryReader index = DirectoryReader.open(directory)) {
      Bits live = MultiBits.getLiveDocs(index);
      StoredFields stored = index.storedFields();
      Set<String> fields = Set.of(ArticleSchema.ID, ArticleSchema.HASH, ArticleSchema.ORIGIN);
      for (int doc = 0; doc < index.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document document = stored.document(doc, fields);
          indexed.put(
              document.get(ArticleSchema.ID),
              new Indexed(document.get(ArticleSchema.HASH), document.get(ArticleSchema.ORIGIN)));
        }
      }
    }
    return indexed;
  }

  /** Make every change so far visible and durable in one atomic commit. */
  @Override
  public void commit() throws IOException {
    writer.setLiveCommitData(
        Map.of(
                ArticleSchema.COMMITTED_AT,
                Long.toString(System.currentTimeMillis()),
                ArticleSchema.SCHEMA_VERSION,
                Integer.toString(ArticleSchema.VERSION))
            .entrySet());
    writer.commit();
  }

  /** Drop uncommitted changes and release the write lock; the last commit stays as it was. */
  @Override
  public void close() throws IOException {
    writer.rollback();
  }
}

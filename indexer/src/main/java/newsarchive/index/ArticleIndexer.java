package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.article.Article;
import newsarchive.enrich.StorySignature;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Bits;

/**
 * Writes articles into the index at one path. Holds Lucene's write lock for its lifetime, so a
 * second writer on the same index fails at once; readers keep their view until it commits.
 */
public final class ArticleIndexer implements ArticleStore<Document> {

  /** The commit data naming the file of stamps kept with the commit. */
  private static final String FILES_TOKEN = "files";

  /** How the files of stamps begin; Lucene leaves files not named as its own alone. */
  private static final String STAMPS_PREFIX = "files-";

  private final IndexWriter writer;
  private final IndexingLanes lanes = IndexingLanes.forReindex();
  private final boolean create;
  private final List<ArticleSchema.FacetDimension> dimensions;

  /**
   * Gives each document built its story; replaced by one that knows the index in {@link #stored}.
   */
  private StoryAssigner stories = StoryAssigner.alone();

  /** The file stamps to keep with the next commit, if any. */
  private FileStamps filesToKeep;

  /** The file of stamps written for a commit that has not succeeded yet, if any. */
  private String uncommittedStamps;

  private ArticleIndexer(
      IndexWriter writer, boolean create, List<ArticleSchema.FacetDimension> dimensions) {
    this.writer = writer;
    this.create = create;
    this.dimensions = dimensions;
  }

  /**
   * Open the index at {@code indexDir} for writing, creating it when missing. An index written with
   * an older schema is rebuilt, since Lucene refuses documents whose fields changed their options.
   *
   * @param rebuild whether to start from an empty index (the old one stays readable until commit)
   * @throws org.apache.lucene.store.LockObtainFailedException when another writer holds the index
   */
  public static ArticleIndexer open(Path indexDir, boolean rebuild) throws IOException {
    return open(FSDirectory.open(indexDir), rebuild);
  }

  /**
   * Open the index in {@code directory} for writing, as {@link #open(Path, boolean)} does; a
   * wrapped directory lets a caller watch or limit what the writer stores.
   */
  public static ArticleIndexer open(Directory directory, boolean rebuild) throws IOException {
    return open(directory, rebuild, ArticleSchema.DIMENSIONS);
  }

  /**
   * Open the index in {@code directory} for writing with these facet {@code dimensions} instead of
   * {@link ArticleSchema#DIMENSIONS}; an index written with other dimensions is rebuilt, so that
   * every article has the values of every dimension.
   */
  public static ArticleIndexer open(
      Directory directory, boolean rebuild, List<ArticleSchema.FacetDimension> dimensions)
      throws IOException {
    boolean create = rebuild || !currentSchema(directory, dimensions);
    return new ArticleIndexer(
        new IndexWriter(directory, config(create)), create, List.copyOf(dimensions));
  }

  /**
   * The archive's writer settings; documents of {@link ArticleSchema#toDocument} need its analyzer.
   */
  public static IndexWriterConfig config(boolean create) {
    IndexWriterConfig config = new IndexWriterConfig(new IndexingAnalyzer());
    config.setOpenMode(
        create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // Big enough that a million short articles flush in large segments, small enough for 1 GB
    // heaps. The two indexing threads (IndexingLanes) fill a segment each, so each segment
    // flushes at about half of this: at 128 MB, the 200k index had twice the segments, 2.7% larger.
    config.setRAMBufferSizeMB(256);
    // Stored fields stay LZ4 (the default): the body, most of them, is deflated per article
    // (CompressedText), and Lucene's DEFLATE mode inflates a 48 KB block per hit read (0.25 ms).
    config.setCommitOnClose(false);
    return config;
  }

  /**
   * Whether the directory holds no index yet, or one written with this schema version and these
   * dimensions.
   */
  private static boolean currentSchema(
      Directory directory, List<ArticleSchema.FacetDimension> dimensions) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return true;
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    return Integer.toString(ArticleSchema.VERSION).equals(data.get(ArticleSchema.SCHEMA_VERSION))
        && ArticleSchema.described(data.get(ArticleSchema.DIMENSIONS_DATA))
            .equals(ArticleSchema.described(ArticleSchema.describe(dimensions)));
  }

  /**
   * Read back the id, hash and origin of every article the writer starts from; from now on the
   * documents built join the stories of the articles indexed.
   */
  @Override
  public Map<String, StoredArticle> stored() throws IOException {
    Map<String, StoredArticle> stored = new HashMap<>();
    if (create || !DirectoryReader.indexExists(writer.getDirectory())) {
      return stored;
    }
    Map<String, StoryAssigner.Indexed> indexed = new HashMap<>();
    // The last commit, read apart from the writer so that it never starts pooling readers.
    try (DirectoryReader index = DirectoryReader.open(writer.getDirectory())) {
      Set<String> wanted = Set.of(ArticleSchema.ID, ArticleSchema.HASH, ArticleSchema.ORIGIN);
      for (LeafReaderContext leaf : index.leaves()) {
        LeafReader segment = leaf.reader();
        Bits live = segment.getLiveDocs();
        StoredFields fields = segment.storedFields();
        SortedNumericDocValues story = DocValues.getSortedNumeric(segment, ArticleSchema.STORY);
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document document = fields.document(doc, wanted);
            String id = document.get(ArticleSchema.ID);
            String hash = document.get(ArticleSchema.HASH);
            stored.put(id, new StoredArticle(hash, document.get(ArticleSchema.ORIGIN)));
            indexed.put(
                id,
                new StoryAssigner.Indexed(
                    hash,
                    story.advanceExact(doc) ? story.nextValue() : StorySignature.storyOf(id)));
          }
        }
      }
    }
    stories.close();
    stories = StoryAssigner.open(writer.getDirectory(), indexed);
    return stored;
  }

  /**
   * The stamps kept beside the last commit: a file {@code files-TOKEN.tsv} in the index folder,
   * named by the commit's data, so a crash between writing the file and committing leaves a file no
   * commit names, and the next reindex reads every file.
   */
  @Override
  public FileStamps files() throws IOException {
    Directory directory = writer.getDirectory();
    if (create || !DirectoryReader.indexExists(directory)) {
      return FileStamps.NONE;
    }
    String token = SegmentInfos.readLatestCommit(directory).getUserData().get(FILES_TOKEN);
    if (token == null || !Set.of(directory.listAll()).contains(stampsFile(token))) {
      return FileStamps.NONE;
    }
    try (IndexInput input = directory.openInput(stampsFile(token), IOContext.READONCE)) {
      byte[] text = new byte[(int) input.length()];
      input.readBytes(text, 0, text.length);
      return FileStamps.parse(new String(text, StandardCharsets.UTF_8));
    }
  }

  @Override
  public void keepFiles(FileStamps files) {
    filesToKeep = files;
  }

  /**
   * The document {@link ArticleSchema#toDocument} builds with this writer's dimensions, in the
   * story of the earliest article it is a near-duplicate of (see {@link StoryAssigner}); documents
   * must be built in the order the {@link Handoff} builds them.
   */
  @Override
  public Document document(Article article, String hash) {
    StorySignature signature = StorySignature.of(article.title(), article.body());
    try {
      return ArticleSchema.toDocument(
          article, hash, signature, stories.assign(article, hash, signature), dimensions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void upsert(String id, Document document) throws IOException {
    lanes.submit(id, () -> writer.updateDocument(new Term(ArticleSchema.ID, id), document));
  }

  /**
   * Adds without a delete by id: an update's delete term is looked up in every segment when its
   * segment flushes, work that grows with the index, for ids a rebuild knows to be new.
   */
  @Override
  public void add(String id, Document document) throws IOException {
    lanes.submit(id, () -> writer.addDocument(document));
  }

  @Override
  public void delete(String id) throws IOException {
    lanes.submit(id, () -> writer.deleteDocuments(new Term(ArticleSchema.ID, id)));
  }

  @Override
  public void commit(String taggingTables) throws IOException {
    lanes.await();
    Map<String, String> data = new HashMap<>();
    data.put(ArticleSchema.COMMITTED_AT, Long.toString(System.currentTimeMillis()));
    data.put(ArticleSchema.SCHEMA_VERSION, Integer.toString(ArticleSchema.VERSION));
    data.put(ArticleSchema.TAGGING_TABLES, taggingTables);
    data.put(ArticleSchema.DIMENSIONS_DATA, ArticleSchema.describe(dimensions));
    String kept = filesToKeep == null ? null : writeStamps(filesToKeep);
    if (kept != null) {
      data.put(FILES_TOKEN, kept);
    }
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    uncommittedStamps = null;
    Directory directory = writer.getDirectory();
    for (String file : directory.listAll()) {
      if (file.startsWith(STAMPS_PREFIX) && !file.equals(kept == null ? null : stampsFile(kept))) {
        directory.deleteFile(file);
      }
    }
  }

  /** Write the stamps beside the index under a new token, and return the token. */
  private String writeStamps(FileStamps files) throws IOException {
    String token = Long.toHexString(new SecureRandom().nextLong());
    try (IndexOutput output =
        writer.getDirectory().createOutput(stampsFile(token), IOContext.DEFAULT)) {
      uncommittedStamps = stampsFile(token);
      byte[] text = files.text().getBytes(StandardCharsets.UTF_8);
      output.writeBytes(text, text.length);
    }
    writer.getDirectory().sync(List.of(stampsFile(token)));
    return token;
  }

  private static String stampsFile(String token) {
    return STAMPS_PREFIX + token + ".tsv";
  }

  /**
   * Drop uncommitted changes, delete their files and release the write lock; the last commit stays
   * as it was.
   */
  @Override
  public void close() throws IOException {
    try {
      lanes.close();
      stories.close();
      if (uncommittedStamps != null) {
        writer.getDirectory().deleteFile(uncommittedStamps);
      }
    } finally {
      writer.rollback();
      if (writer.getTragicException() != null) {
        // A write that failed inside a document (a full disk) closes the writer with that segment's
        // open files still on disk; a new writer deletes every file no commit refers to.
        new IndexWriter(writer.getDirectory(), new IndexWriterConfig()).rollback();
      }
    }
  }
}

package newsarchive.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import newsarchive.article.Article;
import newsarchive.enrich.StorySignature;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;

/**
 * Stories for a reindex into a store that keeps no band terms or signatures (SolrCloud): the
 * articles the store holds are copied, each with its hash and story, into a scratch Lucene index in
 * a temporary folder, which {@link StoryAssigner} then searches exactly as it searches the embedded
 * index, so both stores give an article the same story. The folder is deleted on close.
 */
public final class ScratchStories implements AutoCloseable {

  private final Map<String, StoryAssigner.Indexed> indexed = new HashMap<>();
  private StoryAssigner assigner = StoryAssigner.alone();

  /** Made at the first article copied: a run into an empty store writes nothing to disk. */
  private Path folder;

  private FSDirectory directory;
  private IndexWriter writer;

  /** No article copied yet: every article is a story of its own or joins the run's copies. */
  public ScratchStories() {}

  /** Copy an article the store holds, whose content hashes to {@code hash}, in {@code story}. */
  public void add(Article article, String hash, long story) throws IOException {
    if (writer == null) {
      folder = Files.createTempDirectory("newsarchive-stories-");
      directory = FSDirectory.open(folder);
      writer = new IndexWriter(directory, ArticleIndexer.config(true));
    }
    writer.addDocument(
        ArticleSchema.toDocument(
            article,
            hash,
            StorySignature.of(article.title(), article.body()),
            story,
            ArticleSchema.DIMENSIONS));
    indexed.put(article.id(), new StoryAssigner.Indexed(hash, story));
  }

  /** End the copy: from now on, {@link #assign} finds the copied articles' stories. */
  public void copied() throws IOException {
    if (writer == null) {
      return;
    }
    writer.commit();
    assigner.close();
    assigner = StoryAssigner.open(directory, indexed);
  }

  /**
   * The story of {@code article}, whose content hashes to {@code hash}: its own when unchanged,
   * else that of the earliest copied or earlier assigned article it is a near-duplicate of.
   * Articles must come in the order the {@link Handoff} builds documents.
   */
  public long assign(Article article, String hash) throws IOException {
    return assigner.assign(article, hash, StorySignature.of(article.title(), article.body()));
  }

  /** Release the scratch index and delete its folder. */
  @Override
  public void close() throws IOException {
    assigner.close();
    if (writer == null) {
      return;
    }
    writer.close();
    directory.close();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}

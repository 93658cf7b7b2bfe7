package newsarchive.index;

import java.io.IOException;
import java.util.Map;
import newsarchive.article.Article;

/**
 * Where a reindex writes: the embedded Lucene index or a search cluster. The reindex reads, tags
 * and hashes the same way whatever the store; the store only turns articles into its own documents
 * and keeps them. Nothing written is visible to readers before {@link #commit}.
 *
 * @param <D> the store's own document type, built on the reindex's reading thread
 */
public interface ArticleStore<D> extends AutoCloseable {

  /**
   * What the store held when it was opened: each article's content hash and origin by id (empty for
   * a rebuild), so the reindex can skip unchanged articles and delete vanished ones.
   */
  Map<String, StoredArticle> stored() throws IOException;

  /**
   * The files the last commit's reindex read, with their stamps, so that an unchanged file need not
   * be read again; {@link FileStamps#NONE} for a rebuild or a store that keeps none.
   */
  default FileStamps files() throws IOException {
    return FileStamps.NONE;
  }

  /** Keep {@code files} with the next {@link #commit}, for the next reindex; a store may not. */
  default void keepFiles(FileStamps files) {}

  /**
   * The document for {@code article} whose content hashes to {@code hash}. Called on the reading
   * thread, earliest published first among the articles the {@link Handoff} holds back
   * (near-duplicates join the story of the first copy built), concurrently with {@link #upsert} on
   * the writing thread, so it must touch nothing the writing thread does.
   */
  D document(Article article, String hash);

  /**
   * Add the article {@code id}'s document, replacing any earlier version. A store may write in the
   * background, keeping the order of writes to one id; a write that fails is then reported by a
   * later {@code upsert}, {@code delete} or {@link #commit}.
   */
  void upsert(String id, D document) throws IOException;

  /**
   * Add the document of an article {@code id} the store does not hold: not before the run and not
   * written since. The same as {@link #upsert}, but a store may skip looking for an earlier
   * version, which for a rebuild is every article.
   */
  default void add(String id, D document) throws IOException {
    upsert(id, document);
  }

  /** Remove the article with this id, if stored. */
  void delete(String id) throws IOException;

  /**
   * Make every change so far visible and durable at once, recording which tagging tables tagged the
   * articles (as the reindex describes them) so that {@code stats} can say.
   */
  void commit(String taggingTables) throws IOException;

  /** Drop uncommitted changes and release the store; the last commit stays as it was. */
  @Override
  void close() throws IOException;

  /**
   * What a store holds about one article.
   *
   * @param hash the content hash of the tagged article as last written
   * @param origin where it was read from: the file, then {@code :line} or {@code #item}
   */
  record StoredArticle(String hash, String origin) {}
}

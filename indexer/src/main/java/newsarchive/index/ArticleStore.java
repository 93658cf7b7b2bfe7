package newsarchive.index;

import java.io.IOException;
import java.util.Map;
import newsarchive.article.Article;

/**
 * Where a reindex writes articles: the embedded index or a SolrCloud collection. Documents are
 * built on the reading thread, written on another; nothing is visible until {@link #commit}.
 *
 * @param <D> the store's own document type
 */
public interface ArticleStore<D> extends AutoCloseable {

  /** What the store holds about one article: its content hash and where it was read. */
  record Indexed(String hash, String origin) {}

  /** The document for an article whose indexed content hashes to {@code hash}. */
  D document(Article article, String hash);

  /** Add the document for article {@code id}, replacing any earlier version. */
  void upsert(String id, D document) throws IOException;

  /** Remove the article with this id, if stored. */
  void delete(String id) throws IOException;

  /** The hash and origin of every article as of the last commit, by id. */
  Map<String, Indexed> indexed() throws IOException;

  /** Make every change so far visible and durable at once. */
  void commit() throws IOException;

  /** Release the store; what was not committed is dropped where the store can drop it. */
  @Override
  void close() throws IOException;
}

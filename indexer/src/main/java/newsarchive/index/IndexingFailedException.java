package newsarchive.index;

/**
 * The reindex's writing side failed with something other than an I/O error (a bug, an {@link
 * OutOfMemoryError}): the run stops and nothing of it is committed.
 */
public final class IndexingFailedException extends RuntimeException {

  /** The writer failed with {@code cause}. */
  public IndexingFailedException(Throwable cause) {
    super("indexing failed: " + cause, cause);
  }
}

package newsarchive.index;

/** Follows a reindex as it goes, e.g. to draw a progress bar. */
public interface ReindexListener {

  /** A listener that shows nothing. */
  ReindexListener SILENT = new ReindexListener() {};

  /** The walk found {@code files} article files, {@code bytes} bytes in all, to read. */
  default void started(int files, long bytes) {}

  /**
   * {@code bytes} bytes of the files and {@code articles} articles have been read so far. Called
   * for every article, so that one large file shows progress too: keep it cheap.
   */
  default void progress(long bytes, long articles) {}

  /** Every file has been read; only deletes and the commit remain. */
  default void finished() {}
}

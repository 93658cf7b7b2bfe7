package newsarchive.index;

/** Follows a reindex as it goes, e.g. to draw a progress bar. */
public interface ReindexListener {

  /** A listener that shows nothing. */
  ReindexListener SILENT = new ReindexListener() {};

  /** The walk found {@code files} article files to read. */
  default void started(int files) {}

  /** {@code filesDone} files and {@code articles} articles have been read so far. */
  default void progress(int filesDone, long articles) {}

  /** Every file has been read; only deletes and the commit remain. */
  default void finished() {}
}

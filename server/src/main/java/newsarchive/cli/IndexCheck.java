package newsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import newsarchive.search.lucene.FileDamage;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * Lucene's {@link CheckIndex} over an index folder (every file's checksum, and every segment
 * decoded), with its verdict as one line a person understands.
 */
final class IndexCheck {

  /** What the check can find. */
  enum Finding {
    SOUND,
    DAMAGED,
    MISSING
  }

  /**
   * What the check found.
   *
   * @param finding whether the index is sound, damaged or not there at all
   * @param line the verdict, and what to do when it is not sound
   */
  record Verdict(Finding finding, String line) {
    /** Whether the index can be served as it is. */
    boolean sound() {
      return finding == Finding.SOUND;
    }
  }

  private IndexCheck() {}

  /** Check the index at {@code folder}. */
  static Verdict run(Path folder) throws IOException {
    long start = System.nanoTime();
    if (!Files.isDirectory(folder)) {
      return new Verdict(
          Finding.MISSING, "no index at " + folder + "; run ./archive reindex to build one");
    }
    try (Directory directory = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(directory)) {
        boolean holdsFiles =
            Arrays.stream(directory.listAll())
                .anyMatch(file -> !file.equals(IndexWriter.WRITE_LOCK_NAME));
        return holdsFiles
            ? damaged(folder, "its commit point (segments_N) is missing")
            : new Verdict(
                Finding.MISSING, "no index at " + folder + "; run ./archive reindex to build one");
      }
      CheckIndex.Status status;
      // Checking only reads, so it needs no write lock and runs beside a reindex or a server.
      try (CheckIndex check =
          new CheckIndex(
              directory,
              NoLockFactory.INSTANCE.obtainLock(directory, IndexWriter.WRITE_LOCK_NAME))) {
        check.setThreadCount(Runtime.getRuntime().availableProcessors());
        // CheckIndex reports an unreadable commit only to its info stream; reading it first says
        // which file is at fault.
        SegmentInfos.readLatestCommit(directory);
        status = check.checkIndex();
      } catch (IOException e) {
        return damaged(folder, FileDamage.describe(e));
      }
      if (!status.clean) {
        return damaged(
            folder,
            status.segmentInfos.stream()
                .filter(segment -> segment.error != null)
                .map(
                    segment ->
                        "segment " + segment.name + ": " + FileDamage.describe(segment.error))
                .collect(Collectors.joining(", ")));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return new Verdict(
            Finding.SOUND,
            String.format(
                Locale.ROOT,
                "index at %s is sound: %d articles in %d segment%s, every checksum verified in"
                    + " %.1f s",
                folder,
                reader.numDocs(),
                status.numSegments,
                status.numSegments == 1 ? "" : "s",
                (System.nanoTime() - start) / 1e9));
      }
    }
  }

  private static Verdict damaged(Path folder, String damage) {
    return new Verdict(
        Finding.DAMAGED,
        "index at "
            + folder
            + " is damaged ("
            + damage
            + "); run ./archive reindex --full --index "
            + folder
            + " to rebuild it from the corpus");
  }
}

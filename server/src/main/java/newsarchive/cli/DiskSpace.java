package newsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.store.Directory;

/**
 * The disk under an index folder: whether a reindex ran out of it, and whether a full rebuild is
 * likely to. A rebuild writes a second copy of the index beside the one being served, and merging
 * segments briefly needs about as much again, so it wants about twice the index's size free.
 */
final class DiskSpace {

  /** What the operating system says when a write finds the disk full (Linux, macOS, Windows). */
  private static final String[] FULL = {"No space left on device", "not enough space on the disk"};

  private DiskSpace() {}

  /** Whether {@code failure}, or anything it was caused by or suppressed, is a full disk. */
  static boolean ranOut(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      for (String full : FULL) {
        if (message.contains(full)) {
          return true;
        }
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (ranOut(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The bytes the index's files take in {@code directory}. */
  static long indexBytes(Directory directory) throws IOException {
    long total = 0;
    for (String file : directory.listAll()) {
      try {
        total += directory.fileLength(file);
      } catch (NoSuchFileException e) {
        // A concurrent reindex's merge removed it; it is no longer part of the index.
      }
    }
    return total;
  }

  /** The bytes a full rebuild of an index of {@code indexBytes} needs free: twice its size. */
  static long neededForRebuild(long indexBytes) {
    return 2 * indexBytes;
  }

  /** The bytes free for the index folder (or the nearest folder above it that exists). */
  static long free(Path folder) throws IOException {
    Path existing = folder.toAbsolutePath();
    while (!Files.exists(existing)) {
      existing = existing.getParent();
    }
    return Files.getFileStore(existing).getUsableSpace();
  }

  /**
   * A warning when {@code free} bytes are fewer than a full rebuild of an index of {@code
   * indexBytes} at {@code folder} needs, or empty when there is room.
   */
  static Optional<String> rebuildWarning(Path folder, long free, long indexBytes) {
    long needed = neededForRebuild(indexBytes);
    if (free >= needed) {
      return Optional.empty();
    }
    return Optional.of(
        "warning: "
            + folder
            + " has "
            + StatsCommand.size(free)
            + " free; a full rebuild may need about "
            + StatsCommand.size(needed)
            + " (twice the index's "
            + StatsCommand.size(indexBytes)
            + ", for merges)");
  }

  /** The one line that says a reindex into {@code folder} stopped because the disk is full. */
  static String fullMessage(Path folder, long free, long indexBytes) {
    String room =
        indexBytes == 0
            ? "free some space"
            : "free at least "
                + StatsCommand.size(neededForRebuild(indexBytes))
                + " (twice the index's size)";
    return "error: the disk holding "
        + folder
        + " is full ("
        + StatsCommand.size(free)
        + " free); the reindex stopped and the last commit is intact and still served; "
        + room
        + " and run it again";
  }
}

package newsarchive.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import newsarchive.search.IndexDamagedException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What has gone wrong with the index being served: damage a read met in the version answering, or a
 * newer commit that cannot be opened (the last good version keeps answering). Each is logged once,
 * when it appears and when it clears.
 */
final class IndexFaults {

  private static final Logger LOG = LoggerFactory.getLogger(IndexFaults.class);

  /** Damage found in one index version. */
  private record Damage(long version, String message) {}

  private final Path path;
  private volatile Damage damage;
  private volatile String unopened;

  IndexFaults(Path path) {
    this.path = path;
  }

  /** Throw at once when the version {@code reader} shows is already known to be damaged. */
  void requireUndamaged(IndexReader reader) throws IndexDamagedException {
    Damage known = damage;
    if (known != null && known.version() == version(reader)) {
      throw new IndexDamagedException(known.message(), null);
    }
  }

  /**
   * What to answer a read of {@code reader} that failed with {@code failure}: the damage, when
   * Lucene met a damaged file or (for any other failure) a segment fails its checksums; else the
   * failure itself.
   */
  IOException explain(Exception failure, IndexReader reader) {
    Throwable evidence = FileDamage.is(failure) ? failure : checksumFailure(reader);
    if (evidence == null) {
      if (failure instanceof RuntimeException unexpected) {
        throw unexpected;
      }
      return (IOException) failure;
    }
    String message =
        "The archive's index is damaged ("
            + FileDamage.describe(evidence)
            + "), so this cannot be answered; run ./archive check --index "
            + path
            + ", then ./archive reindex --full to rebuild it.";
    synchronized (this) {
      if (damage == null || damage.version() != version(reader)) {
        damage = new Damage(version(reader), message);
        LOG.error("The index at {} is damaged: {}", path, FileDamage.describe(evidence), failure);
      }
    }
    return new IndexDamagedException(message, failure);
  }

  /** Note that the newest commit could not be opened; logged when the reason changes. */
  void unopened(Exception failure, Instant serving) {
    String reason =
        "the newest commit at "
            + path
            + " cannot be opened ("
            + FileDamage.describe(failure)
            + "); still serving the commit of "
            + serving
            + "; run ./archive check --index "
            + path;
    if (!reason.equals(unopened)) {
      LOG.error("Keeping the last good version: {}", reason, failure);
    }
    unopened = reason;
  }

  /** Note that the newest commit is open (again). */
  void opened() {
    if (unopened != null) {
      LOG.info("The index at {} opens again; serving its newest commit", path);
      unopened = null;
    }
  }

  /** What is wrong with the version {@code reader} shows, or null when nothing is known. */
  String problem(IndexReader reader) {
    Damage known = damage;
    if (known != null && known.version() == version(reader)) {
      return known.message();
    }
    return unopened == null ? null : "The archive is answering, but " + unopened + ".";
  }

  /** The first checksum failure among the reader's segments, or null when all are intact. */
  private static Throwable checksumFailure(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      try {
        leaf.reader().checkIntegrity();
      } catch (IOException | RuntimeException e) {
        return e;
      }
    }
    return null;
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader directory ? directory.getVersion() : -1;
  }
}

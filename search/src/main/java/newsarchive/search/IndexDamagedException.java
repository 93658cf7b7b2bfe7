package newsarchive.search;

import java.io.IOException;

/**
 * The index's files are damaged, so the archive cannot answer until it is rebuilt; the message says
 * what is damaged and what to do, for a person.
 */
public final class IndexDamagedException extends IOException {

  /** Damage described by {@code message}, found through {@code cause}. */
  public IndexDamagedException(String message, Throwable cause) {
    super(message, cause);
  }
}

package newsarchive.search;

import java.io.IOException;

/**
 * The search backend cannot answer now, such as a SolrCloud with no node left to serve a shard; the
 * message says so for a person, and the same request may succeed later.
 */
public final class SearchUnavailableException extends IOException {

  /** The backend's failure described by {@code message}, found through {@code cause}. */
  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

package newsarchive.enrich;

import java.nio.file.Path;

/** A line of a tagging table (companies or topics) that cannot be understood. */
public final class TaxonomyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problem at {@code line} of {@code file}, in words. */
  public TaxonomyException(Path file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}

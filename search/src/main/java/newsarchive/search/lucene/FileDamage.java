package newsarchive.search.lucene;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * Recognises the failures that damaged index files cause, and says in a few words what is wrong.
 */
public final class FileDamage {

  /** Where Lucene names the file it was reading: {@code (resource=…(path="/…/_0.cfs")…)}. */
  private static final Pattern RESOURCE = Pattern.compile("path=\"([^\"]+)\"");

  private FileDamage() {}

  /** Whether {@code failure}, or what caused it, is Lucene meeting a damaged or missing file. */
  public static boolean is(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CorruptIndexException
          || cause instanceof IndexFormatTooOldException
          || cause instanceof IndexFormatTooNewException
          || cause instanceof EOFException
          || cause instanceof NoSuchFileException
          || cause instanceof FileNotFoundException) {
        return true;
      }
    }
    return false;
  }

  /** Which file is damaged and how, e.g. {@code _0.cfs fails its checksum}. */
  public static String describe(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof NoSuchFileException missing) {
        return fileName(missing.getFile()) + " is missing";
      }
      if (cause instanceof FileNotFoundException missing) {
        return fileName(missing.getMessage()) + " is missing";
      }
    }
    String message = String.valueOf(failure.getMessage());
    Matcher path = RESOURCE.matcher(message);
    String file = path.find() ? fileName(path.group(1)) : "a file";
    if (message.contains("checksum failed")) {
      return file + " fails its checksum";
    }
    if (failure instanceof EOFException || message.contains("truncated")) {
      return file + " is cut short";
    }
    String firstLine = message.lines().findFirst().orElse(failure.getClass().getSimpleName());
    return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
  }

  private static String fileName(String path) {
    return Path.of(path).getFileName().toString();
  }
}

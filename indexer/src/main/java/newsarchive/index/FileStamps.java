package newsarchive.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The files a reindex read, each with its size and modification time when it was read, and the
 * tagging that read them: a later reindex with the same tagging need not read again a file whose
 * stamp is unchanged, since every article in it would hash as before.
 *
 * @param tagging what tagged the articles (schema version, tables and tagger code); stamps are only
 *     worth anything to a reindex that tags the same way
 * @param stamps each file's stamp by absolute path
 */
public record FileStamps(String tagging, Map<Path, String> stamps) {

  /** No files known: every file is read. */
  public static final FileStamps NONE = new FileStamps("", Map.of());

  public FileStamps {
    stamps = Map.copyOf(stamps);
  }

  /** The stamp of {@code file} now: its size and modification time to the nanosecond. */
  public static String stamp(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }

  /** Whether {@code file} is known with this {@code stamp} to a reindex tagging as {@code by}. */
  public boolean unchanged(Path file, String stamp, String by) {
    return tagging.equals(by) && stamp.equals(stamps.get(file));
  }

  /** As text: the tagging on the first line, then one {@code stamp<TAB>path} line per file. */
  public String text() {
    StringBuilder text = new StringBuilder(tagging).append('\n');
    stamps.forEach((file, stamp) -> text.append(stamp).append('\t').append(file).append('\n'));
    return text.toString();
  }

  /** The stamps {@link #text()} wrote. */
  public static FileStamps parse(String text) {
    String[] lines = text.split("\n");
    Map<Path, String> stamps = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int tab = lines[i].indexOf('\t');
      if (tab < 0) {
        continue; // a path with a line break in it: that file is read every time
      }
      stamps.put(Path.of(lines[i].substring(tab + 1)), lines[i].substring(0, tab));
    }
    return new FileStamps(lines.length == 0 ? "" : lines[0], stamps);
  }
}

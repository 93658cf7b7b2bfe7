package newsarchive.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import newsarchive.article.Origin;

/**
 * One file of a corpus, with the root it was found under: the root makes fallback ids independent
 * of where the corpus lives on disk.
 *
 * @param root the corpus folder being scanned
 * @param path the file, as walked from the root
 * @param absolute the file's absolute, normalized path, made once: every origin of its articles
 *     shares it, which at ten million articles in a rebuild's memory is a gigabyte less
 */
public record CorpusFile(Path root, Path path, Path absolute) {

  /** The file {@code path} found under {@code root}. */
  public CorpusFile(Path root, Path path) {
    this(root, path, path.toAbsolutePath().normalize());
  }

  /** The file's path relative to its corpus root, with forward slashes on every platform. */
  public String relative() {
    return root.relativize(path).toString().replace('\\', '/');
  }

  /** The origin of the file's one article. */
  public Origin origin() {
    return Origin.file(absolute());
  }

  /** The origin of the article on line {@code line}. */
  public Origin originAtLine(int line) {
    return Origin.line(absolute(), line);
  }

  /** The origin of the feed's item {@code item}. */
  public Origin originOfItem(int item) {
    return Origin.item(absolute(), item);
  }

  /**
   * A stable id for an article that brings neither id nor URL: a hash of the relative path and the
   * position within the file, so moving the whole corpus keeps every id.
   */
  public String fallbackId(String position) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((relative() + position).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

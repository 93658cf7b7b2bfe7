package newsarchive.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Walks corpus folders and reads each article file with the parser for its format, chosen by
 * extension: {@code .txt}; {@code .jsonl} and {@code .jsonl.gz}; {@code .xml}, {@code .rss} and
 * {@code .atom}. Other files (such as the README and the tagging tables) are not articles and are
 * passed over; hidden files and folders too.
 */
public final class CorpusReader {

  /** The default limit on a file read whole (text and feeds), and on one JSON line. */
  public static final int DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

  /** How much of a file's start is checked for NUL bytes, which text never has. */
  private static final int SNIFF_BYTES = 8192;

  private final int maxFileBytes;
  private final TextArticleParser text = new TextArticleParser();
  private final FeedParser feeds = new FeedParser();
  private final JsonLinesParser jsonLines;

  /** A reader with the default size limit. */
  public CorpusReader() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * A reader that refuses text and feed files, and JSON lines, longer than {@code maxFileBytes}.
   */
  public CorpusReader(int maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
    this.jsonLines = new JsonLinesParser(maxFileBytes);
  }

  /** The article files under {@code root}, in a stable (sorted) order. */
  public List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> isArticleFile(root, path))
          .sorted()
          .toList();
    }
  }

  /** Read one file found under {@code root}, passing its articles and problems to {@code sink}. */
  public void read(Path root, Path path, ArticleSink sink) {
    CorpusFile file = new CorpusFile(root, path);
    try {
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
        try (InputStream in = open(path, name.endsWith(".gz"))) {
          if (isBinary(in)) {
            sink.problem(binary(path));
          } else {
            jsonLines.parse(file, in, sink);
          }
        }
        return;
      }
      long size = Files.size(path);
      if (size > maxFileBytes) {
        sink.problem(
            Problem.failure(
                path,
                0,
                String.format(
                    Locale.ROOT,
                    "file is %,d bytes, over the limit of %,d bytes for one article file"
                        + " (use JSON Lines for bulk articles)",
                    size,
                    maxFileBytes)));
        return;
      }
      byte[] bytes = Files.readAllBytes(path);
      if (isBinary(bytes, bytes.length)) {
        sink.problem(binary(path));
      } else if (name.endsWith(".txt")) {
        text.parse(file, bytes, sink);
      } else {
        feeds.parse(file, bytes, sink);
      }
    } catch (ZipException e) {
      sink.problem(Problem.failure(path, 0, "not a valid gzip file: " + e.getMessage()));
    } catch (IOException e) {
      sink.problem(Problem.failure(path, 0, "cannot be read: " + e));
    }
  }

  private static boolean isArticleFile(Path root, Path path) {
    for (Path part : root.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Stream.of(".txt", ".jsonl", ".jsonl.gz", ".xml", ".rss", ".atom")
        .anyMatch(name::endsWith);
  }

  private static InputStream open(Path path, boolean gzipped) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return new BufferedInputStream(gzipped ? new GZIPInputStream(in) : in, 1 << 16);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** Whether the stream's start has a NUL byte; the stream is left where it was. */
  private static boolean isBinary(InputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    return isBinary(head, head.length);
  }

  private static boolean isBinary(byte[] bytes, int length) {
    for (int i = 0; i < Math.min(length, SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static Problem binary(Path path) {
    return Problem.failure(path, 0, "binary file (it has NUL bytes), not text; skipped");
  }
}

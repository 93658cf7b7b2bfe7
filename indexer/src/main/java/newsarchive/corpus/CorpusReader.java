package newsarchive.corpus;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
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
 * extension: {@code .txt}; {@code .jsonl}; {@code .json} (JSON Feed); {@code .xml}, {@code .rss},
 * {@code .atom} and {@code .rdf} (feeds); {@code .html} and {@code .htm} (a saved news page); each
 * also with {@code .gz} after it. Gzipped content is recognised by its magic bytes, whatever the
 * name, as feeds are often saved as they came over the wire. Other files (such as the README and
 * the tagging tables) are not articles and are passed over; hidden files and folders too.
 */
public final class CorpusReader {

  /** The default limit on a file read whole (text and feeds), and on one JSON line. */
  public static final int DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

  /** How much of a file's start is checked for NUL bytes, which text never has. */
  private static final int SNIFF_BYTES = 8192;

  /** The extensions of article files, each optionally followed by {@code .gz}. */
  private static final List<String> FORMATS =
      List.of("txt", "jsonl", "json", "xml", "rss", "atom", "rdf", "html", "htm");

  private final int maxFileBytes;
  private final TextArticleParser text = new TextArticleParser();
  private final FeedParser feeds = new FeedParser();
  private final JsonFeedParser jsonFeeds = new JsonFeedParser();
  private final HtmlPageParser pages = new HtmlPageParser();
  private final JsonLinesParser jsonLines;

  /** A reader with the default size limit. */
  public CorpusReader() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * A reader that refuses text, feed and JSON Feed files longer than {@code maxFileBytes} (once
   * unpacked), and JSON lines too.
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
    String format = format(path);
    try {
      if (format.equals("jsonl")) {
        try (InputStream in = open(path, sink)) {
          if (isBinary(in)) {
            sink.problem(binary(path));
          } else {
            jsonLines.parse(file, in, sink);
          }
        }
        return;
      }
      byte[] bytes = readWhole(path, sink);
      if (bytes == null) {
        return;
      }
      boolean xml = !format.equals("txt") && !format.equals("json");
      if (isBinary(bytes, bytes.length) && !(xml && XmlDecoder.isUtf16(bytes))) {
        sink.problem(binary(path));
      } else if (format.equals("txt")) {
        text.parse(file, bytes, sink);
      } else if (format.equals("json")) {
        jsonFeeds.parse(file, bytes, sink);
      } else if (format.startsWith("htm")) {
        pages.parse(file, bytes, sink);
      } else {
        feeds.parse(file, bytes, sink);
      }
    } catch (ZipException e) {
      sink.problem(Problem.failure(path, 0, "not a valid gzip file: " + e.getMessage()));
    } catch (EOFException e) {
      sink.problem(Problem.failure(path, 0, "not a valid gzip file: it is cut short"));
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
    return format(path) != null;
  }

  /**
   * The file's format, its extension before any {@code .gz}, or {@code null} for no article file.
   */
  private static String format(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return name.contains(".") && FORMATS.contains(extension) ? extension : null;
  }

  /**
   * The whole file, unpacked when gzipped, or {@code null} (reported to {@code sink}) when it is
   * over the size limit on disk or once unpacked, so that a gzip bomb is never unpacked whole.
   */
  private byte[] readWhole(Path path, ArticleSink sink) throws IOException {
    long size = Files.size(path);
    sink.bytesRead(size);
    if (size > maxFileBytes) {
      sink.problem(overLimit(path, String.format(Locale.ROOT, "file is %,d bytes, over", size)));
      return null;
    }
    byte[] bytes = Files.readAllBytes(path);
    if (!isGzip(bytes)) {
      return bytes;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] unpacked = in.readNBytes(maxFileBytes + 1);
      if (unpacked.length > maxFileBytes) {
        sink.problem(overLimit(path, "gzipped file unpacks to over"));
        return null;
      }
      return unpacked;
    }
  }

  private Problem overLimit(Path path, String what) {
    return Problem.failure(
        path,
        0,
        String.format(
            Locale.ROOT,
            "%s the limit of %,d bytes for one article file (use JSON Lines for bulk articles)",
            what,
            maxFileBytes));
  }

  /**
   * The file's content, unpacked when gzipped, telling {@code sink} how many bytes of the file have
   * been read.
   */
  private static InputStream open(Path path, ArticleSink sink) throws IOException {
    InputStream in =
        new BufferedInputStream(new CountingInputStream(Files.newInputStream(path), sink));
    try {
      in.mark(2);
      byte[] magic = in.readNBytes(2);
      in.reset();
      return new BufferedInputStream(isGzip(magic) ? new OneInflateAtATime(in) : in, 1 << 16);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** Whether {@code bytes} start with gzip's magic number. */
  private static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
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

  /**
   * A gzip stream that never claims bytes are available: a buffered read then returns what one
   * inflate gave instead of asking for more in the same call, so when a file is cut short, the
   * failing read is one that had nothing to lose, and every line before the cut is still read.
   */
  private static final class OneInflateAtATime extends GZIPInputStream {
    OneInflateAtATime(InputStream in) throws IOException {
      super(in);
    }

    @Override
    public int available() {
      return 0;
    }
  }

  /** Reports each chunk read from the file on disk, so progress follows one large file too. */
  private static final class CountingInputStream extends FilterInputStream {
    private final ArticleSink sink;

    CountingInputStream(InputStream in, ArticleSink sink) {
      super(in);
      this.sink = sink;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        sink.bytesRead(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        sink.bytesRead(read);
      }
      return read;
    }
  }

  private static Problem binary(Path path) {
    return Problem.failure(path, 0, "binary file (it has NUL bytes), not text; skipped");
  }
}

package newsarchive.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes, a buffer at a time: reading a large JSON Lines file byte by
 * byte through a stream took a tenth of the reindex's reading thread. A line longer than the limit
 * is still read to its end, so the next line starts where it should, but only its length is kept.
 */
final class LineReader {

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1 << 12];
  private int kept;

  /** Lines of {@code in}, each kept up to {@code maxLineBytes} bytes. */
  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Read the next line, without its {@code \n}; return its length in bytes, or -1 at the end of the
   * stream.
   */
  long next() throws IOException {
    kept = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? length : -1;
        }
      }
      any = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      keep(end - position);
      length += end - position;
      position = end;
      if (end < limit) {
        position++; // the line break
        return length;
      }
    }
  }

  /** The bytes of the line last read, up to the limit. */
  byte[] bytes() {
    return Arrays.copyOf(line, kept);
  }

  private void keep(int count) {
    int room = Math.min(count, maxLineBytes - kept);
    if (room <= 0) {
      return;
    }
    if (kept + room > line.length) {
      line = Arrays.copyOf(line, Math.max(kept + room, Math.min(2 * line.length, maxLineBytes)));
    }
    System.arraycopy(buffer, position, line, kept, room);
    kept += room;
  }
}

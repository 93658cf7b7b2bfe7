package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  /**
   * Lines of every length up to several read buffers, cut at random where the stream hands out
   * bytes, come back whole: each with its length, and its bytes up to the limit.
   */
  @Test
  void linesComeBackWholeWhereverTheStreamCutsThem() throws IOException {
    Random random = new Random(20261203);
    for (int round = 0; round < 40; round++) {
      List<byte[]> lines = new ArrayList<>();
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      int count = 1 + random.nextInt(20);
      for (int i = 0; i < count; i++) {
        int length = random.nextInt(4) == 0 ? random.nextInt(200_000) : random.nextInt(100);
        byte[] line = new byte[length];
        for (int b = 0; b < length; b++) {
          byte value = (byte) (1 + random.nextInt(255));
          line[b] = value == '\n' ? (byte) 'x' : value;
        }
        lines.add(line);
        file.write(line);
        if (i < count - 1 || random.nextBoolean()) {
          file.write('\n');
        }
      }
      int limit = 1 + random.nextInt(150_000);
      LineReader reader =
          new LineReader(new ShortReads(file.toByteArray(), random.nextLong()), limit);

      for (byte[] line : lines) {
        assertEquals(line.length, reader.next());
        assertArrayEquals(Arrays.copyOf(line, Math.min(line.length, limit)), reader.bytes());
      }
      assertEquals(-1, reader.next());
    }
  }

  @Test
  void anEmptyLineIsALineAndAnEmptyStreamHasNone() throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream("\n\nlast".getBytes()), 100);

    assertEquals(0, reader.next());
    assertEquals(0, reader.next());
    assertEquals(4, reader.next());
    assertEquals("last", new String(reader.bytes()));
    assertEquals(-1, reader.next());
    assertEquals(-1, new LineReader(new ByteArrayInputStream(new byte[0]), 100).next());
  }

  /**
   * A stream that hands out at most a random few thousand bytes per read, as a gzip stream does.
   */
  private static final class ShortReads extends FilterInputStream {
    private final Random random;

    ShortReads(byte[] bytes, long seed) {
      super(new ByteArrayInputStream(bytes));
      this.random = new Random(seed);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return super.read(buffer, offset, Math.min(length, 1 + random.nextInt(5_000)));
    }
  }
}

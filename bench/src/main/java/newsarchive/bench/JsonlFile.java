package newsarchive.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** A JSON Lines corpus file on disk, gzipped when its name ends in {@code .gz}. */
record JsonlFile(Path path) {

  /** Whether the file is gzipped, judged by its name as the archive's corpus reader does. */
  boolean gzipped() {
    return path.getFileName().toString().endsWith(".gz");
  }

  /** Open the file for reading, uncompressing when gzipped. */
  InputStream open() throws IOException {
    InputStream in = Files.newInputStream(path);
    return gzipped() ? new GZIPInputStream(in, 1 << 16) : new BufferedInputStream(in, 1 << 16);
  }

  /** Create or truncate the file for writing, compressing when its name says gzip. */
  OutputStream create() throws IOException {
    OutputStream out = Files.newOutputStream(path);
    return gzipped()
        ? new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16), 1 << 16)
        : new BufferedOutputStream(out, 1 << 16);
  }

  /** The size of the JSON text in bytes (uncompressed) and its number of lines, read once. */
  Extent measure() throws IOException {
    long bytes = 0;
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = open()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return new Extent(bytes, lines);
  }

  /** How much text a corpus file holds. */
  record Extent(long bytes, long lines) {}
}

package newsarchive.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress as a plain line every few seconds, for logs and pipes where a bar would be noise. */
final class ProgressLines extends ReindexProgress {

  private static final long PERIOD_NANOS = 5_000_000_000L;

  private final PrintWriter out;
  private final long start = System.nanoTime();
  private long lastLine = start;
  private long totalBytes;

  ProgressLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(int files, long bytes) {
    this.totalBytes = bytes;
  }

  @Override
  public void progress(long bytes, long articles) {
    long now = System.nanoTime();
    if (now - lastLine >= PERIOD_NANOS) {
      lastLine = now;
      double seconds = (now - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "read %.1f of %.1f MB, %d articles (%.0f articles/s)%n",
          bytes / 1e6,
          totalBytes / 1e6,
          articles,
          articles / seconds);
      out.flush();
    }
  }
}

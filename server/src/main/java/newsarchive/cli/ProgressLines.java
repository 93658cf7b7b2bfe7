package newsarchive.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress as a plain line every few seconds, for logs and pipes where a bar would be noise. */
final class ProgressLines extends ReindexProgress {

  private static final long PERIOD_NANOS = 5_000_000_000L;

  private final PrintWriter out;
  private final long start = System.nanoTime();
  private long lastLine = start;
  private int files;

  ProgressLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(int files) {
    this.files = files;
  }

  @Override
  public void progress(int filesDone, long articles) {
    long now = System.nanoTime();
    if (now - lastLine >= PERIOD_NANOS) {
      lastLine = now;
      double seconds = (now - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "read %d of %d files, %d articles (%.0f articles/s)%n",
          filesDone,
          files,
          articles,
          articles / seconds);
      out.flush();
    }
  }
}

package newsarchive.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over the bytes to read, with the rate, the ETA and the articles read so far; bytes
 * rather than files, so that one large JSON Lines file shows its progress too.
 */
final class ProgressBarDisplay extends ReindexProgress {

  private ProgressBar bar;

  @Override
  public void started(int files, long bytes) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("Reindexing")
            .setInitialMax(bytes)
            .setUnit(" MB", 1 << 20)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .build();
  }

  @Override
  public void progress(long bytes, long articles) {
    bar.stepTo(bytes);
    bar.setExtraMessage(" (" + articles + " articles)");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}

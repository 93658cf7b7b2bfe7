package newsarchive.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar over the files to read, with the rate, the ETA and the articles read so far. */
final class ProgressBarDisplay extends ReindexProgress {

  private ProgressBar bar;

  @Override
  public void started(int files) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("Reindexing")
            .setInitialMax(files)
            .setUnit(" files", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .build();
  }

  @Override
  public void progress(int filesDone, long articles) {
    bar.stepTo(filesDone);
    bar.setExtraMessage(" (" + articles + " articles)");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}

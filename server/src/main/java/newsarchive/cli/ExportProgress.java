package newsarchive.cli;

import java.io.IOException;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import newsarchive.article.Article;
import newsarchive.search.ExportSink;

/**
 * Passes an export on to its writer, with a progress bar on standard error when a person watches a
 * terminal (standard output may be the export itself).
 */
final class ExportProgress implements ExportSink, AutoCloseable {

  private final ExportSink rows;
  private final boolean onTerminal;
  private ProgressBar bar;

  /** Progress of the export written by {@code rows}. */
  ExportProgress(ExportSink rows) {
    this.rows = rows;
    this.onTerminal = ReindexProgress.isTerminal();
  }

  @Override
  public void begin(long total) throws IOException {
    if (onTerminal) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Exporting")
              .setInitialMax(total)
              .setUnit(" articles", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .showSpeed()
              .build();
    }
    rows.begin(total);
  }

  @Override
  public boolean accept(Article article) throws IOException {
    boolean more = rows.accept(article);
    if (bar != null) {
      bar.step();
    }
    return more;
  }

  /** Stop showing progress. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}

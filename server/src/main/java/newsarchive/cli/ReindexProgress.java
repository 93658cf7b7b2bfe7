package newsarchive.cli;

import java.io.Console;
import java.io.PrintWriter;
import newsarchive.index.ReindexListener;

/** Shows how far a reindex has got: a progress bar on a terminal, plain lines otherwise. */
abstract class ReindexProgress implements ReindexListener, AutoCloseable {

  /** The progress display suited to where standard output goes. */
  static ReindexProgress forOutput(PrintWriter out) {
    return isTerminal() ? new ProgressBarDisplay() : new ProgressLines(out);
  }

  /** Stop showing progress. */
  @Override
  public void close() {}

  /**
   * Whether standard output is a terminal. From JDK 22 on, System.console() also exists when output
   * is redirected, and only Console.isTerminal() tells; this code is compiled for 21.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException beforeJdk22) {
      return true;
    }
  }
}

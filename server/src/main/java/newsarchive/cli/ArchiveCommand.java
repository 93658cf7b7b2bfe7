package newsarchive.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code archive} command: the one entry point, with a subcommand per task. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    version = "Newsarchive 1.0",
    description = "A searchable news archive on Apache Lucene.",
    subcommands = {
      ServeCommand.class,
      ReindexCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      CheckCommand.class,
      EvalCommand.class,
      ExportCommand.class,
      TagsCommand.class,
      LearnTopicsCommand.class,
      SolrDevCommand.class
    })
public final class ArchiveCommand implements Runnable {

  /**
   * Lucene reports through java.util.logging which vector API it uses (INFO), and warns when the
   * incubating one is not enabled; both are noise on a command line, and only {@code serve} and the
   * benchmarks enable it (see the launcher). Held in a field because the logging framework keeps
   * loggers only weakly.
   */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  @Spec CommandSpec spec;

  /** Run the command line and exit with its code: 0 success, 1 failed inputs, 2 usage errors. */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with every subcommand, ready to execute. An error a subcommand throws is shown
   * as one line (no stack trace) and exits with 1.
   */
  public static CommandLine commandLine() {
    return new CommandLine(new ArchiveCommand())
        .setExecutionExceptionHandler(
            (error, commandLine, parseResult) -> {
              commandLine.getErr().println("error: " + error.getMessage());
              return CommandLine.ExitCode.SOFTWARE;
            });
  }

  /** Without a subcommand there is nothing to do: say which ones there are. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }
}

package newsarchive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code archive} command line: one subcommand per task. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    description = "A searchable news archive.",
    subcommands = {ServeCommand.class, SearchCommand.class, StatsCommand.class})
public final class ArchiveCommand implements Runnable {

  /** Run the subcommand named in {@code args} and exit with its status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ArchiveCommand()).execute(args));
  }

  /** Without a subcommand, show the usage. */
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}

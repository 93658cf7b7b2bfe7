package newsarchive.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The benchmarks' command line: {@code generate} a corpus, run a {@code bench} part. */
@Command(
    name = "newsarchive-bench",
    mixinStandardHelpOptions = true,
    subcommands = {GenerateCommand.class, BenchSuite.class},
    description = "Synthetic corpora and benchmarks for the news archive.")
public final class BenchCommand {

  BenchCommand() {}

  /** Run the command line and exit with its status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }
}

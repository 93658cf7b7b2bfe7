package newsarchive.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option of every command that reads or writes the index. */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "data/index",
      description = "The index folder (default: ${DEFAULT-VALUE}).")
  private Path dir;

  /** The index folder given, or the default. */
  Path dir() {
    return dir;
  }
}

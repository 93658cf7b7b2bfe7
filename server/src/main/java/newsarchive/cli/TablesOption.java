package newsarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --tables DIR} option: the folder whose {@code companies.tsv} and {@code topics.tsv}
 * tag every corpus folder that has no table of its own. By default the archive's own tables, found
 * beside the {@code archive} script (which passes its folder as {@value #HOME}), else in {@code
 * corpus} under the working folder.
 */
final class TablesOption {

  /** The system property naming the archive's own folder. */
  static final String HOME = "newsarchive.home";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(
      names = "--tables",
      paramLabel = "DIR",
      description =
          "The folder with companies.tsv and topics.tsv for corpus folders without their own"
              + " (default: the archive's corpus folder).")
  private Path dir;

  /** The tables folder given, or the default; a usage error when a given one is not a folder. */
  Path dir() {
    if (dir == null) {
      String home = System.getProperty(HOME);
      return home == null ? Path.of("corpus") : Path.of(home, "corpus");
    }
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(
          command.commandLine(), "Tables folder not found: " + dir);
    }
    return dir;
  }
}

package newsarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The repeatable {@code --corpus DIR} option of the commands that index corpus folders. */
final class CorpusOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "A corpus folder, read recursively; repeat for several (default: corpus).")
  private List<Path> folders = new ArrayList<>(List.of(Path.of("corpus")));

  /** The corpus folders given, or the default; a usage error when one is not a folder. */
  List<Path> folders() {
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new CommandLine.ParameterException(
            command.commandLine(), "Corpus folder not found: " + folder);
      }
    }
    return folders;
  }
}

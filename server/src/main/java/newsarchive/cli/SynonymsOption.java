package newsarchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import newsarchive.query.Synonyms;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --synonyms FILE} option of the commands that search: the other words for typed ones
 * that queries match, in Solr's synonyms.txt form, instead of the archive's list.
 */
final class SynonymsOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(
      names = "--synonyms",
      paramLabel = "FILE",
      description =
          "Other words for typed ones, one group of comma-separated words a line, instead of the"
              + " archive's list (an empty file turns them off).")
  private Path file;

  /** The groups of the file given, or the archive's; a usage error when the file is unreadable. */
  Synonyms synonyms() {
    if (file == null) {
      return Synonyms.bundled();
    }
    try {
      return Synonyms.read(file);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          command.commandLine(), "Cannot read the synonyms file " + file + ": " + e);
    }
  }
}

package newsarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import newsarchive.article.Article;
import newsarchive.corpus.ArticleSink;
import newsarchive.corpus.CorpusReader;
import newsarchive.corpus.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Article files named on a command line, read one by one in any corpus format. */
final class ArticleFiles {

  private ArticleFiles() {}

  /**
   * Pass each article of {@code files} to {@code each}, and return the problems met; a usage error
   * of {@code command} for a file that does not exist.
   */
  static List<Problem> read(CommandSpec command, List<Path> files, Consumer<Article> each) {
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(command.commandLine(), "File not found: " + file);
      }
      Path absolute = file.toAbsolutePath();
      new CorpusReader().read(absolute.getParent(), absolute, ArticleSink.of(each, problems::add));
    }
    return problems;
  }
}

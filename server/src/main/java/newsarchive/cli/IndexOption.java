package newsarchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
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

  /** The search service over the index as it is now, for a command that reads it once. */
  SearchService openSearch() throws IOException {
    return LuceneSearch.open(dir);
  }
}

package newsarchive.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import newsarchive.search.IndexStats;
import newsarchive.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code archive stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Print the document count, date range, counts per company and topic, and index size.")
public final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  /** Print the statistics. */
  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (SearchService search = index.openSearch()) {
      IndexStats stats = search.stats();
      out.printf("documents: %d (%d undated)%n", stats.documents(), stats.undated());
      out.println(
          line(
              "dates",
              (stats.earliest() == null ? "-" : stats.earliest())
                  + " to "
                  + (stats.latest() == null ? "-" : stats.latest())));
      stats.values().forEach((dimension, counts) -> out.println(line(dimension, counts(counts))));
      out.printf("index:     %s (%s)%n", index.where(), size(stats.indexBytes()));
      out.println("committed: " + (stats.lastCommit() == null ? "never" : stats.lastCommit()));
      out.println(line("tagging", stats.taggingTables() == null ? "-" : stats.taggingTables()));
      return 0;
    }
  }

  /** One labelled line, the values aligned after the widest label. */
  private static String line(String label, String value) {
    return String.format(Locale.ROOT, "%-10s %s", label + ":", value);
  }

  private static String counts(List<IndexStats.Count> counts) {
    return counts.isEmpty()
        ? "-"
        : counts.stream().map(c -> c.value() + " " + c.count()).collect(Collectors.joining(", "));
  }

  /** {@code bytes} in the largest unit that keeps a number of at least 1. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
  }
}

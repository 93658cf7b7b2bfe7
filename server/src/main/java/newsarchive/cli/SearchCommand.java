package newsarchive.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.FacetValue;
import newsarchive.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archive search}: the top hits and facet counts for a query, in the terminal. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index and print the top hits and facet counts.")
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SearchOptions search;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Hits to print (default ${DEFAULT-VALUE}).")
  int limit;

  @Mixin IndexOption index;

  @Mixin SynonymsOption synonyms;

  /** Print the hits, or say what is wrong with the query and exit with 2. */
  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (SearchService service = index.openSearch(synonyms.synonyms())) {
      SearchResult result = service.search(search.request(limit));
      for (SearchResult.Hit hit : result.hits()) {
        out.printf(
            "%-10s  %s  [%s] {%s}%n",
            hit.published() == null ? "undated" : hit.published(),
            hit.title(),
            String.join(", ", hit.companies()),
            String.join(", ", hit.topics()));
      }
      out.printf("%d hit%s%n", result.total(), result.total() == 1 ? "" : "s");
      result.facets().forEach((dimension, values) -> out.println(facetLine(dimension, values)));
      if (result.suggestion() != null) {
        out.println("Did you mean: " + result.suggestion());
      }
      if (result.corrected() != null) {
        out.println(
            "Showing results for: "
                + result.corrected().query()
                + " (search instead for: "
                + result.corrected().typedExactly()
                + ")");
      }
      return 0;
    } catch (InvalidRequestException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
  }

  private static String facetLine(String dimension, List<FacetValue> values) {
    return dimension
        + ": "
        + values.stream()
            .map(v -> v.value() + " (" + v.count() + ")")
            .collect(Collectors.joining(", "));
  }
}

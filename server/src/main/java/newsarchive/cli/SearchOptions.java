package newsarchive.cli;

import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.DateRange;
import newsarchive.search.SearchRequest;
import newsarchive.search.SortOrder;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The query and filters of every command that searches, read as the HTTP API reads its parameters.
 */
final class SearchOptions {

  @Parameters(
      arity = "0..1",
      defaultValue = "",
      description = "The query (see README, Query syntax); none lists everything.")
  String query;

  @Option(names = "--company", description = "Only articles about this company (repeatable).")
  List<String> companies = List.of();

  @Option(names = "--topic", description = "Only articles on this topic (repeatable).")
  List<String> topics = List.of();

  @Option(names = "--source", description = "Only articles from this source (repeatable).")
  List<String> sources = List.of();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after: a year, 2026-04 or 2026-04-29.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before.")
  String to;

  @Option(
      names = "--sort",
      description = "relevance, newest or oldest (default: relevance, newest without a query).")
  String sort;

  /** The search these options ask for, {@code size} hits a page. */
  SearchRequest request(int size) {
    return new SearchRequest(
        query,
        null,
        Map.of(
            ArticleSchema.COMPANY, companies,
            ArticleSchema.TOPIC, topics,
            ArticleSchema.SOURCE, sources),
        DateRange.parse(from, to),
        sort == null ? null : SortOrder.parse(sort),
        1,
        size,
        null,
        20,
        null);
  }
}

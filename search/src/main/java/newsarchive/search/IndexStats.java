package newsarchive.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the index holds.
 *
 * @param documents how many articles are indexed
 * @param undated how many of them have no publication date
 * @param earliest the earliest publication day, or {@code null} when none is dated
 * @param latest the latest publication day, or {@code null}
 * @param values per facet dimension, in the schema's order: article counts per value, most first
 * @param indexBytes the size of the index on disk
 * @param lastCommit when the index was last committed, or {@code null} when there is no index
 * @param taggingTables the tagging tables the last reindex used, as it said them, or {@code null}
 *     when unknown
 */
public record IndexStats(
    long documents,
    long undated,
    LocalDate earliest,
    LocalDate latest,
    Map<String, List<Count>> values,
    long indexBytes,
    Instant lastCommit,
    String taggingTables) {

  /**
   * How many articles carry one value.
   *
   * @param value the company, topic or source
   * @param count the number of articles
   */
  public record Count(String value, long count) {

    /**
     * The stored spelling of each of {@code values} among {@code known} (matched without case),
     * else as given; blank and repeated values dropped.
     */
    public static List<String> canonical(List<Count> known, List<String> values) {
      return values.stream()
          .map(String::strip)
          .filter(value -> !value.isEmpty())
          .map(
              value ->
                  known.stream()
                      .map(Count::value)
                      .filter(
                          k -> k.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)))
                      .findFirst()
                      .orElse(value))
          .distinct()
          .toList();
    }
  }
}

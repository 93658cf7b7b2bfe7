package newsarchive.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the index holds.
 *
 * @param documents how many articles are indexed
 * @param undated how many of them have no publication date
 * @param earliest the earliest publication day, or {@code null} when none is dated
 * @param latest the latest publication day, or {@code null}
 * @param companies article counts per company, most first
 * @param topics article counts per topic, most first
 * @param sources article counts per source, most first
 * @param indexBytes the size of the index on disk
 * @param lastCommit when the index was last committed, or {@code null} when there is no index
 */
public record IndexStats(
    long documents,
    long undated,
    LocalDate earliest,
    LocalDate latest,
    List<Count> companies,
    List<Count> topics,
    List<Count> sources,
    long indexBytes,
    Instant lastCommit) {

  /**
   * How many articles carry one value.
   *
   * @param value the company, topic or source
   * @param count the number of articles
   */
  public record Count(String value, long count) {}
}

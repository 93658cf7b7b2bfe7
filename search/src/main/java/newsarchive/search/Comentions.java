package newsarchive.search;

import java.util.List;

/**
 * Who appears with a company, for a {@link ComentionRequest}.
 *
 * @param company the company asked about, in the index's spelling
 * @param total how many articles of the population mention it
 * @param population how many articles match the search: the articles the probabilities of the lift
 *     are taken over
 * @param companies the companies most often in its articles, most first (ties by name)
 * @param partial whether the time limit cut the counting short
 * @param tookMs time spent answering, in milliseconds
 */
public record Comentions(
    String company,
    long total,
    long population,
    List<Comention> companies,
    boolean partial,
    long tookMs) {

  /**
   * One company in the same articles.
   *
   * @param value the company
   * @param count articles of the population with both companies
   * @param share {@code count} divided by the asked company's {@code total}
   * @param lift P(both) / (P(asked) × P(this)) over the population: 1 when they meet as often as
   *     chance would have them, above when more often
   * @param months articles with both per month, from the month of the asked company's first article
   *     to its last, for the top {@link ComentionRequest#WITH_SERIES}; else {@code null}
   */
  public record Comention(
      String value, long count, double share, double lift, List<SearchResult.Bucket> months) {}
}

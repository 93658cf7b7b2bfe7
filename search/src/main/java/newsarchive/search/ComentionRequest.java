package newsarchive.search;

import java.util.Objects;

/**
 * The companies most often in the same articles as one company, among a search's matches.
 *
 * @param search the query, facet selections and dates that narrow the articles counted (the
 *     population); its own company selection, if any, narrows it too
 * @param company the company whose co-mentions are wanted
 * @param size how many companies to list, 1 to {@link #MAX_SIZE}
 */
public record ComentionRequest(SearchRequest search, String company, int size) {

  /** The most companies one answer lists. */
  public static final int MAX_SIZE = 100;

  /** How many of the top companies get a monthly series. */
  public static final int WITH_SERIES = 5;

  public ComentionRequest {
    Objects.requireNonNull(search);
    company = Objects.requireNonNullElse(company, "").strip();
    if (company.isEmpty()) {
      throw InvalidRequestException.parameter(
          "company is required: the company whose co-mentions to list, e.g. company=OpenAI.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidRequestException.parameter(
          "size must be between 1 and " + MAX_SIZE + ", got " + size + ".");
    }
  }
}

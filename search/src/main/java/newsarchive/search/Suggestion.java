package newsarchive.search;

import newsarchive.query.UserQueryParser;

/**
 * A completion for what the user is typing.
 *
 * @param text the completed text: a company, a topic or an article title
 * @param kind {@code company}, {@code topic} or {@code title}
 * @param id the article id when {@code kind} is {@code title}, else {@code null}
 */
public record Suggestion(String text, String kind, String id) {

  /** Refuse typed text longer than a query may be, with a message naming the limit. */
  public static void checkLength(String typed) {
    if (typed.length() > UserQueryParser.MAX_LENGTH) {
      throw InvalidRequestException.parameter(
          "q is "
              + typed.length()
              + " characters long; the limit is "
              + UserQueryParser.MAX_LENGTH
              + ".");
    }
  }
}

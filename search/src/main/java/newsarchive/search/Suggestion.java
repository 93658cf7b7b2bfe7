package newsarchive.search;

/**
 * A completion for what the user is typing.
 *
 * @param text the completed text: a company, a topic or an article title
 * @param kind {@code company}, {@code topic} or {@code title}
 * @param id the article id when {@code kind} is {@code title}, else {@code null}
 */
public record Suggestion(String text, String kind, String id) {}

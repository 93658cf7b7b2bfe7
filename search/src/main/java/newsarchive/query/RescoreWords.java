package newsarchive.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import newsarchive.index.ArticleSchema;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Text;

/**
 * What reorders the first matches of a query, read from its top-level words as typed, the same for
 * both backends: each pair of neighbouring words, whose nearness in an article counts, and the
 * companies the words name, whose articles about them count. A quoted phrase is one word; {@code
 * company:}-style parts, prefixes and exclusions have no place in the text.
 *
 * @param pairs the neighbouring words, stop words skipped
 * @param companies the companies named, by their own names or others ("nvda" for Nvidia), as one
 *     word or two ("hugging face"); not by a quoted phrase, which asks for exactly what it says
 */
public record RescoreWords(List<Pair> pairs, List<String> companies) {

  /** Two neighbouring words typed. */
  public record Pair(Text first, Text second) {}

  /** No words to rescore by. */
  public static final RescoreWords NONE = new RescoreWords(List.of(), List.of());

  public RescoreWords {
    pairs = List.copyOf(pairs);
    companies = List.copyOf(companies);
  }

  /**
   * The words of {@code query} (with no other words expanded) that rescore it, the companies among
   * {@code companies} (the index's company values), named by their own names or the others of
   * {@code synonyms}.
   */
  public static RescoreWords of(UserQuery query, Collection<String> companies, Synonyms synonyms) {
    List<UserQuery> parts = query instanceof All all ? all.parts() : List.of(query);
    return new RescoreWords(pairs(parts, synonyms), named(parts, companies, synonyms));
  }

  /** Whether there is nothing to rescore by. */
  public boolean isEmpty() {
    return pairs.isEmpty() && companies.isEmpty();
  }

  /**
   * Each pair of neighbouring words, two typed words that the search joins ("chat gpt" as
   * "chatgpt", {@link Synonyms#joined}) being one: "chat gpt launch" is near where "launches
   * ChatGPT" is written, not where "launches GPT-5" is.
   */
  private static List<Pair> pairs(List<UserQuery> parts, Synonyms synonyms) {
    List<Pair> pairs = new ArrayList<>();
    Text previous = null;
    boolean joinable = false;
    for (UserQuery part : parts) {
      if (!(part instanceof Text text) || !inText(text)) {
        previous = null;
        joinable = false;
        continue;
      }
      if (ArticleSchema.terms(ArticleSchema.BODY, text.text()).isEmpty()) {
        joinable = false; // only words typed side by side are joined
        continue; // a stop word stands between neighbours without parting them
      }
      Text joined = joinable ? synonyms.joined(previous, text) : null;
      if (joined != null) {
        if (!pairs.isEmpty() && pairs.getLast().second() == previous) {
          pairs.set(pairs.size() - 1, new Pair(pairs.getLast().first(), joined));
        }
        previous = joined;
        joinable = false;
        continue;
      }
      if (previous != null) {
        pairs.add(new Pair(previous, text));
      }
      previous = text;
      joinable = true;
    }
    return pairs;
  }

  private static List<String> named(
      List<UserQuery> parts, Collection<String> companies, Synonyms synonyms) {
    Map<String, String> byLowerCase = new HashMap<>();
    companies.forEach(company -> byLowerCase.put(company.toLowerCase(Locale.ROOT), company));
    List<String> named = new ArrayList<>();
    String previous = null;
    for (UserQuery part : parts) {
      if (!(part instanceof Text text) || !inText(text) || text.phrase()) {
        previous = null;
        continue;
      }
      String word = text.text().toLowerCase(Locale.ROOT);
      String company = company(byLowerCase, word, synonyms);
      if (company == null && previous != null) {
        company = company(byLowerCase, previous + " " + word, synonyms);
      }
      if (company != null) {
        named.add(company);
      }
      previous = word;
    }
    return named;
  }

  /**
   * The company of {@code companies} (lower-cased names to names) that {@code name} names, by its
   * own name or another ({@code facebook} for Meta, {@code nvda} for Nvidia), or null.
   */
  private static String company(Map<String, String> companies, String name, Synonyms synonyms) {
    if (companies.containsKey(name)) {
      return companies.get(name);
    }
    return synonyms.otherNames(name).stream()
        .map(other -> companies.get(other.toLowerCase(Locale.ROOT)))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** Whether {@code text} is words of the text itself, whole, not a prefix or a facet value. */
  private static boolean inText(Text text) {
    return text.field() == null && !text.prefix();
  }
}

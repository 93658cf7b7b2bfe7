package newsarchive.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.During;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Synonymous;
import newsarchive.query.UserQuery.Text;

/**
 * A query taken apart for partial matches, each part compiled by one backend's compiler: its words
 * (each a term, phrase, prefix or OR group the user typed), which may go missing, and what always
 * holds: the {@code company:}, {@code topic:} and {@code source:} parts and the exclusions, which
 * are filters and keep their meaning. Both backends split a query here, so they agree on which
 * words a partial match can miss and how each is labelled.
 *
 * @param labels each word as the user wrote it, for telling which are missing
 * @param words each word compiled, in the same order
 * @param required the facet parts every match must have
 * @param excluded the parts no match may have
 * @param <Q> a backend's compiled query
 */
public record QueryParts<Q>(
    List<String> labels, List<Q> words, List<Q> required, List<Q> excluded) {

  /**
   * The top-level parts of {@code query}, each compiled by {@code compile} ({@code null} for a part
   * with nothing searchable, which is left out): a query of one word, or one whose words sit inside
   * a group, has a single word.
   */
  public static <Q> QueryParts<Q> split(UserQuery query, Function<UserQuery, Q> compile) {
    List<UserQuery> parts = query instanceof All all ? all.parts() : List.of(query);
    List<String> labels = new ArrayList<>();
    List<Q> words = new ArrayList<>();
    List<Q> required = new ArrayList<>();
    List<Q> excluded = new ArrayList<>();
    for (UserQuery part : parts) {
      Q compiled = compile.apply(part instanceof Not not ? not.part() : part);
      if (compiled == null) {
        continue;
      }
      if (part instanceof Not) {
        excluded.add(compiled);
      } else if (part instanceof Text text && isFacet(text.field())) {
        required.add(compiled);
      } else {
        words.add(compiled);
        labels.add(withoutClosingMark(label(part)));
      }
    }
    return new QueryParts<>(labels, words, required, excluded);
  }

  private static boolean isFacet(UserQuery.Field field) {
    return field == UserQuery.Field.COMPANY
        || field == UserQuery.Field.TOPIC
        || field == UserQuery.Field.SOURCE;
  }

  /** A part of the query as the user wrote it: {@code cloud}, {@code "exclusive cloud"}, … */
  private static String label(UserQuery part) {
    return switch (part) {
      case Text text ->
          (text.field() == null ? "" : text.field().name().toLowerCase(Locale.ROOT) + ":")
              + (text.phrase() ? "\"" + text.text() + "\"" : text.text())
              + (text.slop() > 0 ? "~" + text.slop() : "")
              + (text.prefix() ? "*" : "");
      case Any any -> String.join(" OR ", any.parts().stream().map(QueryParts::label).toList());
      case All all ->
          "(" + String.join(" ", all.parts().stream().map(QueryParts::label).toList()) + ")";
      case Not not -> "-" + label(not.part());
      case Synonymous synonymous -> run(synonymous.typed());
      case During during -> run(during.typed());
    };
  }

  /**
   * A part as typed without the sentence's closing marks, which the search never reads: the page
   * says a hit lacks "public", not "public?", for {@code when did chatgpt open to the public?}.
   */
  private static String withoutClosingMark(String label) {
    String bare = label.replaceFirst("[.,;:!?]+$", "");
    return bare.isEmpty() ? label : bare;
  }

  /** Words typed in a row ("steps down", "august 2022") as typed, without parentheses. */
  private static String run(UserQuery typed) {
    return typed instanceof All words
        ? String.join(" ", words.parts().stream().map(QueryParts::label).toList())
        : label(typed);
  }
}

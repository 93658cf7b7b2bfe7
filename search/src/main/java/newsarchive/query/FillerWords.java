package newsarchive.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Text;

/**
 * The words that say how a reader asks rather than what about: those that make a query a question
 * ("why did", "how much has", "who") or a request ("tell me about", "what happened to", "is it
 * true") and "news" (in a news archive, everything is). No article answers with them: a search for
 * {@code why did nvidia's purchase of arm fall through} needs every word it is given, and the
 * articles that answer it say neither "why" nor "did". Like the very common words the analyzer
 * ignores, they are left out of a query's words when the query has others; a quoted phrase, a
 * {@code field:} part, the word still being typed and one written in capitals ("WHO", the World
 * Health Organization) keep them.
 */
final class FillerWords {

  /**
   * Interrogatives, auxiliaries and pronouns, the words a question adds to its subject, "get" in
   * its forms (the verb a question leans on, "how many users did chatgpt get", "how did the hackers
   * get in", "openai gets stake in amd": the articles say what was won, bought or broken into),
   * "news", and the prepositions the analyzer does not ignore ("nvidia walks away from arm purchase
   * after antitrust pushback": an article that says "from" and "after" is no closer to it); not
   * "may" (a month), not those the analyzer already ignores ("is", "will", "it"), and not the
   * particles that end a phrasal verb ("down", "off", "out", "over", "through", "up": "fall
   * through" is one idea).
   */
  private static final Set<String> WORDS =
      Set.of(
          "how", "why", "what", "when", "where", "who", "whom", "whose", "which", "did", "does",
          "do", "has", "have", "had", "were", "been", "being", "can", "could", "would", "should",
          "much", "many", "i", "me", "my", "we", "our", "you", "your", "he", "she", "his", "her",
          "its", "them", "news", "from", "after", "before", "against", "amid", "despite", "during",
          "between", "within", "toward", "towards", "across", "among", "upon", "via", "since",
          "until", "get", "gets", "got", "getting");

  /**
   * The words that follow "how" to ask for a measure ("how big is microsoft's stake", "how long did
   * the outage last"): after "how" they ask, and the answer's article seldom has them.
   */
  private static final Set<String> MEASURES =
      Set.of(
          "big",
          "large",
          "long",
          "often",
          "old",
          "far",
          "fast",
          "soon",
          "high",
          "bad",
          "serious",
          "expensive");

  private static final Set<String> HOW = Set.of("how");

  /**
   * The words that follow "how much" to say the measure is money ("how much money has microsoft put
   * into openai"): the answer's article gives the sum, seldom the word.
   */
  private static final Set<String> MONEY = Set.of("money", "cash");

  private static final Set<String> MUCH = Set.of("much");

  /**
   * "First" in a question that opens with "when" ("when did microsoft first invest in openai"): it
   * asks which of the times is wanted, and the article on that time seldom says "first" ("said on
   * Monday it would invest"), while later ones do ("right of first refusal").
   */
  private static final Set<String> WHEN = Set.of("when");

  private static final Set<String> FIRST = Set.of("first");

  /**
   * "Start" or "begin" before a verb ending in "-ing" in a question opening with "when" ("when did
   * google cloud start making money"): it asks for the first time, as "first" does, and the article
   * on that time seldom says "start", while launches do; "start his company" is a founding and
   * stays.
   */
  private static final Set<String> STARTED =
      Set.of(
          "start",
          "starts",
          "started",
          "starting",
          "begin",
          "begins",
          "began",
          "begun",
          "beginning");

  /**
   * A question for someone's successor ("who replaced gelsinger at intel", "who took over from
   * bezos"): "who", then one of these verbs, or a form of "take" and "over".
   */
  private static final Set<String> WHO = Set.of("who");

  private static final Set<String> SUCCEEDED =
      Set.of(
          "replace",
          "replaced",
          "replaces",
          "replacing",
          "succeed",
          "succeeded",
          "succeeds",
          "succeeding");

  private static final Set<String> TAKE = Set.of("take", "takes", "took", "taking");

  /**
   * A question for who leads a firm now ("who runs intel", "who heads deepmind now"): "who", then
   * one of these verbs. No article says a chief executive "runs" the firm, and "run" has the
   * machines' sense in technology news ("to run their server farms"), so only this question makes
   * the verb the role it asks for, {@link #ROLE}, and the words for "at present" filler.
   */
  private static final Set<String> LEADS = Set.of("run", "runs", "lead", "leads", "head", "heads");

  private static final String ROLE = "ceo";

  private static final Set<String> PRESENT = Set.of("now", "currently", "today", "presently");

  private static final Set<String> OVER = Set.of("over");

  /**
   * "New" before a role ("intel new ceo", "big blue new chief executive"): it asks who was named,
   * and the article naming the successor seldom says "new" ("would become its chief executive"),
   * while the predecessor's plans do ("a new factory").
   */
  private static final Set<String> NEW = Set.of("new");

  private static final Set<String> ROLES =
      Set.of(
          "ceo",
          "chief",
          "boss",
          "chairman",
          "chairwoman",
          "chair",
          "president",
          "cfo",
          "cto",
          "head",
          "leader",
          "leadership",
          "executive");

  /**
   * The words a reader opens a request with ("tell me about", "what happened to", "is it true",
   * "articles on", "can you get"), with the very common words between them: left out only where
   * they open the query, since further on they may be what is asked about.
   */
  private static final Set<String> OPENING =
      Set.of(
          "tell",
          "show",
          "find",
          "get",
          "articles",
          "stories",
          "anything",
          "everything",
          "happened",
          "happening",
          "about",
          "true",
          "latest",
          "what's",
          "who's",
          "how's",
          "me",
          "us",
          "is",
          "it",
          "that",
          "to",
          "on",
          "with",
          "at",
          "of",
          "the",
          "a",
          "an",
          "there",
          "any");

  private FillerWords() {}

  /**
   * {@code query} without the filler words among its top-level words, or as it is when it has
   * nothing else.
   */
  static UserQuery leftOut(UserQuery query) {
    if (!(query instanceof All all)) {
      return query;
    }
    List<UserQuery> parts = asksWhoLeads(all) ? askedForRole(all.parts()) : all.parts();
    boolean[] filler = new boolean[parts.size()];
    boolean opening = true;
    for (int i = 0; i < parts.size(); i++) {
      opening &= isFiller(parts.get(i), WORDS) || isFiller(parts.get(i), OPENING);
      filler[i] =
          opening
              || isFiller(parts.get(i), WORDS)
              || i > 0 && isFiller(parts.get(i - 1), HOW) && isFiller(parts.get(i), MEASURES)
              || i > 1
                  && isFiller(parts.get(i - 2), HOW)
                  && isFiller(parts.get(i - 1), MUCH)
                  && isFiller(parts.get(i), MONEY)
              || isFiller(parts.getFirst(), WHEN) && isFiller(parts.get(i), FIRST)
              || isFiller(parts.getFirst(), WHEN)
                  && isFiller(parts.get(i), STARTED)
                  && i + 1 < parts.size()
                  && isGerund(parts.get(i + 1))
              || i + 1 < parts.size()
                  && isFiller(parts.get(i), NEW)
                  && isWord(parts.get(i + 1), ROLES)
              || asksWhoLeads(all) && isFiller(parts.get(i), PRESENT);
    }
    if (IntStream.range(0, filler.length).allMatch(i -> filler[i] || excludes(parts.get(i)))) {
      return query;
    }
    List<UserQuery> kept =
        IntStream.range(0, filler.length)
            .filter(i -> !filler[i] || ((Text) parts.get(i)).completing())
            .mapToObj(parts::get)
            .toList();
    return kept.size() == 1 && !excludes(kept.getFirst()) ? kept.getFirst() : new All(kept);
  }

  /**
   * Whether {@code query} (before its filler words are left out) asks when something happened: it
   * opens with "when".
   */
  static boolean asksWhen(UserQuery query) {
    return query instanceof All all
        && !all.parts().isEmpty()
        && isFiller(all.parts().getFirst(), WHEN);
  }

  /**
   * Whether {@code query} (before its filler words are left out) asks who succeeded someone: "who"
   * and a verb of succession open it.
   */
  static boolean asksWhoFollowed(UserQuery query) {
    if (!(query instanceof All all) || all.parts().size() < 3) {
      return false;
    }
    List<UserQuery> parts = all.parts();
    return isFiller(parts.get(0), WHO)
        && (isFiller(parts.get(1), SUCCEEDED)
            || isFiller(parts.get(1), TAKE) && isFiller(parts.get(2), OVER));
  }

  /**
   * Whether {@code query} (before its filler words are left out) asks who leads a firm: "who" and a
   * verb of leading open it, and something follows them.
   */
  private static boolean asksWhoLeads(UserQuery query) {
    return query instanceof All all
        && all.parts().size() >= 3
        && isFiller(all.parts().get(0), WHO)
        && isFiller(all.parts().get(1), LEADS);
  }

  /** {@code parts} with their verb of leading, the second, made the role it asks for. */
  private static List<UserQuery> askedForRole(List<UserQuery> parts) {
    Text verb = (Text) parts.get(1);
    List<UserQuery> asked = new ArrayList<>(parts);
    asked.set(
        1,
        new Text(verb.field(), ROLE, false, 0, false, verb.completing(), verb.start(), verb.end()));
    return asked;
  }

  /**
   * Whether {@code part} is a plain word of {@code words}, as written or in lower case, and not in
   * capitals ("WHO" is the World Health Organization).
   */
  private static boolean isFiller(UserQuery part, Set<String> words) {
    return isWord(part, words) && !isAcronym(((Text) part).text());
  }

  /** Whether {@code part} is a plain word of {@code words} in any case ("CEO" as "ceo"). */
  private static boolean isWord(UserQuery part, Set<String> words) {
    return part instanceof Text text
        && text.field() == null
        && !text.phrase()
        && !text.prefix()
        && words.contains(text.text().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code part} is a plain word ending in "-ing" after three letters or more. */
  private static boolean isGerund(UserQuery part) {
    return part instanceof Text text
        && text.field() == null
        && !text.phrase()
        && text.text().length() > 5
        && text.text().toLowerCase(Locale.ROOT).endsWith("ing");
  }

  /** "WHO", "CAN": two letters or more, all capitals. */
  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static boolean excludes(UserQuery part) {
    return part instanceof UserQuery.Not;
  }
}

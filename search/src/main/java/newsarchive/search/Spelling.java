package newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.During;
import newsarchive.query.UserQuery.Field;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Synonymous;
import newsarchive.query.UserQuery.Text;
import newsarchive.query.UserQueryParser;

/**
 * "Did you mean", the same for every backend: the query text with each plain word replaced by a
 * more common indexed word a letter or two away, as the backend's vocabulary knows them.
 */
public final class Spelling {

  /** What a backend knows of its unstemmed words. */
  public interface Vocabulary {

    /** Whether some indexed word starts with the lower-case {@code prefix}. */
    boolean begins(String prefix) throws IOException;

    /** A more common indexed word a letter or two from the lower-case {@code word}, if any. */
    Optional<String> moreCommonNear(String word) throws IOException;

    /** Whether {@code word} is one plain lower-case word as the vocabulary would index it. */
    boolean isPlainWord(String word);
  }

  /** How many articles a query text finds with the request's filters, with every word. */
  @FunctionalInterface
  public interface Counter {
    long count(String query) throws IOException;
  }

  /** One backend's search. */
  @FunctionalInterface
  public interface Searcher {
    SearchResult search(SearchRequest request) throws IOException;
  }

  private static final Pattern NAME_AND_NUMBER = Pattern.compile("\\p{L}+\\d+");

  /**
   * The fewest letters of a word worth respelling: three, as Elasticsearch's {@code fuzziness:
   * AUTO} allows an edit from three, where Lucene's spell checker stops at four. A word of three
   * letters is mostly an abbreviation no article writes ("nov", "cap", "cdn"), a letter from a
   * commoner word ("now", "can"), so it is respelled only for two neighbours swapped ("gtp" for
   * "gpt"), which keep its letters.
   */
  public static final int SHORTEST_MISSPELLING = 3;

  /** The fewest letters of a word respelled for any one edit. */
  private static final int SHORTEST_EDITED = 4;

  /** Fewer hits than this make it worth looking for a better spelling. */
  public static final int FEW_HITS = 3;

  private Spelling() {}

  /**
   * {@code searcher}'s result for {@code request}, or, when no article has every word as typed but
   * some have every word of its spelling correction and every word it respells is in no article,
   * the correction's result, saying so (Google's "Showing results for …", Algolia's typo
   * tolerance): a misspelled name ("melanox") would otherwise list only articles with the other
   * words. A word some article has ("trainium", rarer than "training") is taken as meant: the
   * correction is then only suggested.
   */
  public static SearchResult correctingNothingFound(SearchRequest request, Searcher searcher)
      throws IOException {
    SearchResult typed = searcher.search(request);
    if (typed.total() > 0 || typed.suggestion() == null) {
      return typed;
    }
    List<Text> respelled = respelled(request.query(), typed.suggestion(), request.prefix());
    for (Text word : respelled) {
      if (searcher.search(SearchRequest.of(quoted(word)).withSize(1)).total() > 0) {
        return typed;
      }
    }
    SearchResult corrected = searcher.search(request.withQuery(typed.suggestion()));
    if (corrected.total() == 0 && corrected.hits().isEmpty()) {
      return typed;
    }
    StringBuilder typedExactly = new StringBuilder();
    int pos = 0;
    for (Text word : respelled) {
      typedExactly.append(request.query(), pos, word.start()).append(quoted(word));
      pos = word.end();
    }
    typedExactly.append(request.query(), pos, request.query().length());
    return corrected
        .withTookMs(typed.tookMs() + corrected.tookMs())
        .correcting(new SearchResult.Corrected(typed.suggestion(), typedExactly.toString()));
  }

  /**
   * The words of {@code typed} that {@code corrected} spells otherwise, in order. A correction
   * changes words only, so both texts have the same words in the same order.
   */
  private static List<Text> respelled(String typed, String corrected, Prefix prefix) {
    List<Text> before = words(UserQueryParser.parse(typed, prefix));
    List<Text> after = words(UserQueryParser.parse(corrected, prefix));
    List<Text> respelled = new ArrayList<>();
    for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
      if (!before.get(i).text().equals(after.get(i).text())) {
        respelled.add(before.get(i));
      }
    }
    return respelled;
  }

  /** {@code word} in quotes: searched as typed, never respelled. */
  private static String quoted(Text word) {
    return '"' + word.text() + '"';
  }

  /**
   * The spelling correction of {@code text}, parsed as {@code query} and finding {@code total}
   * articles with every word, worth suggesting, or null: one that finds more; or, when none has
   * every word typed, one that mends only the slips of typing (a letter dropped, two neighbours
   * swapped) where one of the words it mends finds nothing, whose partial matches then rank by the
   * word meant where the typed query's rank by the other words alone ("deepsek stock plunge", when
   * no DeepSeek article says "plunge"). A word a letter different from an indexed one is as often
   * another word the archive lacks ("logs" for "loss", "plunge" for "pledge"), so it is respelled
   * only where the respelling finds articles with every word.
   */
  public static String suggestion(
      UserQuery query, String text, long total, Vocabulary vocabulary, Counter counter)
      throws IOException {
    if (total >= FEW_HITS) {
      return null;
    }
    List<Respelling> respellings = respellings(query, vocabulary, counter);
    if (respellings.isEmpty()) {
      return null;
    }
    String corrected = respelled(text, respellings);
    if (counter.count(corrected) > total) {
      return corrected;
    }
    List<Respelling> slips = respellings.stream().filter(Respelling::isSlip).toList();
    if (total == 0) {
      for (Respelling slip : slips) {
        if (counter.count('"' + slip.typed().text() + '"') == 0) {
          return respelled(text, slips);
        }
      }
    }
    return null;
  }

  /** One typed word and the more common indexed word near it. */
  private record Respelling(Text typed, String better) {
    boolean isSlip() {
      return Spelling.isSlip(typed.text().toLowerCase(Locale.ROOT), better);
    }
  }

  /**
   * The words of {@code query} that have a better spelling, in order, each with it. A word no
   * article writes but some write in another form of it is taken as meant: "buys" finds the
   * articles that say "buy", and is no slip for "busy".
   */
  private static List<Respelling> respellings(
      UserQuery query, Vocabulary vocabulary, Counter counter) throws IOException {
    List<Respelling> respellings = new ArrayList<>();
    for (Text word : words(query)) {
      String lower = word.text().toLowerCase(Locale.ROOT);
      if (!vocabulary.isPlainWord(lower) || NAME_AND_NUMBER.matcher(lower).matches()) {
        // A name with its version number run on ("gpt5", "h100") names one model: another
        // number, or none, names another, so it is not respelled ("405b", a number, may be).
        continue;
      }
      if (word.completing() && vocabulary.begins(lower)) {
        continue; // an unfinished word that begins indexed words is not a misspelling
      }
      Optional<String> better = vocabulary.moreCommonNear(lower);
      if (better.isPresent()
          && withinReach(lower, better.get())
          && !isAnotherFormOfAnIndexedWord(word, counter)) {
        respellings.add(new Respelling(word, better.get()));
      }
    }
    return respellings;
  }

  /**
   * Whether no article has {@code word} as written but some have it in another form the stemmer
   * gives it or as one of its other words (the trailing space keeps it from being completed).
   */
  private static boolean isAnotherFormOfAnIndexedWord(Text word, Counter counter)
      throws IOException {
    return counter.count(quoted(word)) == 0 && counter.count(word.text() + " ") > 0;
  }

  /** {@code text} with each of {@code respellings}' words replaced by its better spelling. */
  private static String respelled(String text, List<Respelling> respellings) {
    StringBuilder corrected = new StringBuilder();
    int pos = 0;
    for (Respelling respelling : respellings) {
      corrected.append(text, pos, respelling.typed().start()).append(respelling.better());
      pos = respelling.typed().end();
    }
    return corrected.append(text, pos, text.length()).toString();
  }

  /** Whether {@code word} is {@code better} with a letter dropped or two neighbours swapped. */
  static boolean isSlip(String word, String better) {
    int same = 0;
    while (same < Math.min(word.length(), better.length())
        && word.charAt(same) == better.charAt(same)) {
      same++;
    }
    if (better.length() == word.length() + 1) {
      return word.substring(same).equals(better.substring(same + 1));
    }
    return better.length() == word.length()
        && same + 1 < word.length()
        && word.charAt(same) == better.charAt(same + 1)
        && word.charAt(same + 1) == better.charAt(same)
        && word.substring(same + 2).equals(better.substring(same + 2));
  }

  /**
   * Whether {@code word} may be respelled {@code better}: within the edits Elasticsearch's {@code
   * fuzziness: AUTO} allows, one up to five letters and two beyond, since a spell checker's two
   * edits turn a short word into another word altogether ("llms" into "less"); or when it begins
   * the better word, as a name cut short does ("nvid"). A word of three letters only for two
   * neighbours swapped ({@link #SHORTEST_MISSPELLING}).
   */
  static boolean withinReach(String word, String better) {
    if (word.length() < SHORTEST_EDITED) {
      return better.length() == word.length() && isSlip(word, better);
    }
    return edits(word, better) <= (word.length() <= 5 ? 1 : 2) || better.startsWith(word);
  }

  /**
   * The edits (insertions, deletions, substitutions and swaps of neighbours) between {@code a} and
   * {@code b}: the optimal string alignment distance, as the spell checkers count.
   */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] =
            Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The words of {@code query} worth correcting, in the order typed. */
  private static List<Text> words(UserQuery query) {
    List<Text> words = new ArrayList<>();
    collectWords(query, words);
    words.sort(Comparator.comparingInt(Text::start));
    return words;
  }

  /**
   * The plain words of {@code query} worth correcting: not phrases, prefixes, facets or exclusions.
   */
  private static void collectWords(UserQuery query, List<Text> words) {
    switch (query) {
      case Text text -> {
        boolean textField =
            text.field() == null || text.field() == Field.TITLE || text.field() == Field.BODY;
        if (textField && !text.phrase() && !text.prefix()) {
          words.add(text);
        }
      }
      case All all -> all.parts().forEach(part -> collectWords(part, words));
      case Any any -> any.parts().forEach(part -> collectWords(part, words));
      case Not not -> {}
      case Synonymous synonymous -> collectWords(synonymous.typed(), words);
      case During during -> {} // a date's words are read as a date ("nov 2024"), not misspelt
    }
  }
}

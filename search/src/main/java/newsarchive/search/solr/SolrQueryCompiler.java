package newsarchive.search.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsarchive.index.ArticleSchema;
import newsarchive.query.QueryParts;
import newsarchive.query.RescoreWords;
import newsarchive.query.Synonyms;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.During;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Synonymous;
import newsarchive.query.UserQuery.Text;
import newsarchive.search.SearchResult;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Turns a parsed {@link UserQuery} into Solr's standard query syntax with the same meaning as the
 * embedded index's compiler: words search title (weighted 2.5) and body, facet fields match values
 * case-insensitively. Every piece of user text is escaped and quoted, so nothing a user types is
 * read as Solr syntax (no local params, no functions, no field the archive does not offer).
 */
final class SolrQueryCompiler {

  /** Solr's query for everything. */
  static final String EVERYTHING = "*:*";

  /** Solr's query for nothing: the blank id, which no article has. */
  static final String NOTHING = ArticleSchema.ID + ":\"\"";

  /** How much more a match in the title counts than one in the body (as the embedded index). */
  private static final String TITLE_BOOST = "^2.5";

  /** How much a completion of the word being typed counts against the word itself. */
  private static final String COMPLETION_WEIGHT = "^0.001";

  /** How much the word as typed counts on top of its stems (as the embedded index). */
  private static final String EXACT_BOOST = "^0.5";

  /** How much another word for a typed word counts against the word (as the embedded index). */
  private static final String SYNONYM_WEIGHT = "^0.5";

  /**
   * What an article published in a year or month the query names scores (as the embedded index).
   */
  private static final String DATE_WEIGHT = "8.0";

  /** What an article published on a day named adds (as the embedded index). */
  private static final String NAMED_DAYS_WEIGHT = "1.0";

  /** How much the words' proximity counts against the words themselves (as the embedded index). */
  private static final String PROXIMITY_WEIGHT = "^0.2";

  /**
   * How far apart two neighbouring words may be and still count as near (as the embedded index).
   */
  private static final String PROXIMITY_SLOP = "~6";

  /** The weight of a subject company the query names (as the embedded index). */
  private static final String SUBJECT_WEIGHT = "^1";

  private static final Analyzer ANALYZER = ArticleSchema.analyzer();

  private final Function<String, List<String>> completions;
  private final Function<String, List<String>> facetValues;
  private final Synonyms synonyms;

  /**
   * A compiler that completes a word being typed with {@code completions} (indexed unstemmed words
   * starting with a prefix), resolves facet values with {@code facetValues} (per dimension) and
   * matches the other words for typed ones of {@code synonyms}.
   */
  SolrQueryCompiler(
      Function<String, List<String>> completions,
      Function<String, List<String>> facetValues,
      Synonyms synonyms) {
    this.completions = completions;
    this.facetValues = facetValues;
    this.synonyms = synonyms;
  }

  /** The Solr query for {@code query}; everything for a blank one, nothing for stop words only. */
  String compile(UserQuery query) {
    if (query.equals(UserQuery.EVERYTHING)) {
      return EVERYTHING;
    }
    String compiled = node(synonyms.expand(query));
    return compiled == null ? NOTHING : compiled;
  }

  /**
   * What reorders the first matches in relevance order ({@link SolrRescore}), as in the embedded
   * index: each pair of neighbouring words typed as a sloppy phrase, in each order, in the title
   * (weighted as titles are) and in the body, weighted as proximity is, and the articles whose
   * subject is a company the words name; or {@code null} for neither. A pair is the last word of
   * the first and the first of the second, as the index holds them unstemmed, so that Solr stems
   * them as it stems the fields.
   */
  String rescore(UserQuery query) {
    RescoreWords words = RescoreWords.of(query, facetValues.apply(ArticleSchema.COMPANY), synonyms);
    List<String> parts = new ArrayList<>();
    if (!words.pairs().isEmpty()) {
      List<String> near = new ArrayList<>();
      for (RescoreWords.Pair pair : words.pairs()) {
        String first = unstemmed(pair.first()).getLast();
        String second = unstemmed(pair.second()).getFirst();
        for (String phrase :
            List.of(
                quoted(first + " " + second) + PROXIMITY_SLOP,
                quoted(second + " " + first) + PROXIMITY_SLOP)) {
          near.add(ArticleSchema.TITLE + ":" + phrase + TITLE_BOOST);
          near.add(ArticleSchema.BODY + ":" + phrase);
        }
      }
      parts.add("(" + String.join(" OR ", near) + ")" + PROXIMITY_WEIGHT);
    }
    String subjects = subjects(words);
    if (subjects != null) {
      parts.add(subjects);
    }
    return parts.isEmpty() ? null : String.join(" OR ", parts);
  }

  /**
   * The articles whose subject is a company {@code words} name, weighted as in the embedded index,
   * or {@code null} when they name none.
   */
  private static String subjects(RescoreWords words) {
    return words.companies().isEmpty()
        ? null
        : "(" + anyOf(ArticleSchema.SUBJECT_COMPANY, words.companies()) + ")" + SUBJECT_WEIGHT;
  }

  /** The words of {@code text} as the unstemmed field holds them, or as typed if it holds none. */
  private static List<String> unstemmed(Text text) {
    List<String> words = ArticleSchema.terms(ArticleSchema.WORDS, text.text());
    return words.isEmpty() ? List.of(text.text()) : words;
  }

  /** The other words {@code query} (typed as {@code text}) matches for its parts. */
  List<SearchResult.OtherWords> otherWords(UserQuery query, String text) {
    return synonyms.otherWords(query, text);
  }

  /**
   * The words of {@code query} and its filters, for partial matches, with the subjects it names.
   */
  SolrQueryWords words(UserQuery query) {
    return new SolrQueryWords(
        QueryParts.split(synonyms.expand(query), this::node),
        subjects(RescoreWords.of(query, facetValues.apply(ArticleSchema.COMPANY), synonyms)));
  }

  /** The query for one node, or {@code null} when it holds no searchable word. */
  private String node(UserQuery query) {
    return switch (query) {
      case Text text -> text(text);
      case All all -> all(all.parts());
      case Any any -> joined(any.parts().stream().map(this::node).toList(), " OR ");
      case Not not -> excluding(node(not.part()));
      case Synonymous synonymous -> synonymous(synonymous);
      case During during -> during(during);
    };
  }

  /**
   * The words of a date as typed, or an article published then or soon after ({@link
   * During#reported}), as in the index.
   */
  private String during(During during) {
    String typed = node(during.typed());
    String published =
        Stream.concat(
                during.reported().stream()
                    .map(reported -> SolrFilters.publishedIn(reported) + "^=" + DATE_WEIGHT),
                during.days().stream()
                    .map(named -> SolrFilters.publishedIn(named) + "^=" + NAMED_DAYS_WEIGHT))
            .collect(Collectors.joining(" "));
    return "(" + (typed == null ? "" : typed + " ") + published + ")";
  }

  private String all(List<UserQuery> parts) {
    List<String> clauses = new ArrayList<>();
    boolean required = false;
    for (UserQuery part : parts) {
      String compiled = node(part instanceof Not not ? not.part() : part);
      if (compiled != null) {
        boolean excluded = part instanceof Not;
        clauses.add((excluded ? "-" : "+") + compiled);
        required |= !excluded;
      }
    }
    if (clauses.isEmpty()) {
      return null;
    }
    if (!required) {
      clauses.add("+" + EVERYTHING);
    }
    return "(" + String.join(" ", clauses) + ")";
  }

  private static String excluding(String excluded) {
    return excluded == null ? null : "(+" + EVERYTHING + " -" + excluded + ")";
  }

  /** The non-null clauses joined with {@code operator} in parentheses, or null when none. */
  private static String joined(List<String> clauses, String operator) {
    List<String> present = clauses.stream().filter(c -> c != null).toList();
    return present.isEmpty() ? null : "(" + String.join(operator, present) + ")";
  }

  private String text(Text text) {
    if (text.field() == null) {
      String word = titleOrBody(text);
      return text.completing()
          ? completing(text, word, List.of(ArticleSchema.TITLE, ArticleSchema.BODY))
          : word;
    }
    return switch (text.field()) {
      case TITLE -> exactly(text, completingIn(ArticleSchema.TITLE, text));
      case BODY -> exactly(text, completingIn(ArticleSchema.BODY, text));
      case COMPANY -> facetValue(ArticleSchema.COMPANY, text);
      case TOPIC -> facetValue(ArticleSchema.TOPIC, text);
      case SOURCE -> facetValue(ArticleSchema.SOURCE, text);
    };
  }

  /** A word or phrase in the title or the body; null for a stop word. */
  private static String titleOrBody(Text text) {
    String title = textIn(ArticleSchema.TITLE, text);
    return title == null
        ? null
        : exactly(text, "(" + title + TITLE_BOOST + " " + textIn(ArticleSchema.BODY, text) + ")");
  }

  /** The words as typed, or any of the other words for them, weighted as in the embedded index. */
  private String synonymous(Synonymous synonymous) {
    List<String> any = new ArrayList<>(List.of(node(synonymous.typed())));
    for (Text equivalent : synonymous.equivalents()) {
      String query = titleOrBody(equivalent);
      if (query != null) {
        any.add(query);
      }
    }
    for (Text other : synonymous.others()) {
      String query = titleOrBody(other);
      if (query != null) {
        any.add(query + SYNONYM_WEIGHT);
      }
    }
    return "(" + String.join(" ", any) + ")";
  }

  /**
   * {@code stemmed}, ranked higher where the words appear as typed, as in the embedded index: a
   * quoted phrase needs every word in its exact form (a required clause weighted 0, so it scores
   * nothing), other words gain {@link #EXACT_BOOST} from it. The exact forms are terms of the
   * unstemmed {@link ArticleSchema#WORDS} field.
   */
  private static String exactly(Text text, String stemmed) {
    if (stemmed == null || text.prefix()) {
      return stemmed;
    }
    List<String> typed = ArticleSchema.terms(ArticleSchema.WORDS, text.text());
    if (typed.isEmpty()) {
      return stemmed;
    }
    String exact =
        "("
            + String.join(
                " ",
                typed.stream()
                    .map(token -> "+" + ArticleSchema.WORDS + ":" + quoted(token))
                    .toList())
            + ")";
    return "(+" + stemmed + " " + (text.phrase() ? "+" + exact + "^0" : exact + EXACT_BOOST) + ")";
  }

  private String completingIn(String field, Text text) {
    String word = textIn(field, text);
    return text.completing() ? completing(text, word, List.of(field)) : word;
  }

  /**
   * The word being typed: as it stands, or (weighted a thousandth) one of the 64 indexed words it
   * begins that are in the most articles, as in the embedded index. The completions are quoted
   * whole words, so Solr stems them as it stems the fields; within one field they are required
   * there, and the word and its completions add up, as in the embedded index: a finished word still
   * ranks first.
   */
  private String completing(Text text, String word, List<String> fields) {
    List<String> typed = ArticleSchema.terms(ArticleSchema.WORDS, text.text());
    if (typed.size() != 1) {
      return word;
    }
    String prefix = typed.getFirst();
    List<String> found = completions.apply(prefix);
    if (found.isEmpty()) {
      return word;
    }
    List<String> inFields = new ArrayList<>();
    for (String completion : found) {
      for (String field : fields) {
        if (!ArticleSchema.terms(field, completion).isEmpty()) {
          inFields.add(
              field
                  + ":"
                  + quoted(completion)
                  + (field.equals(ArticleSchema.TITLE) ? TITLE_BOOST : ""));
        }
      }
    }
    String filter =
        ArticleSchema.WORDS
            + ":("
            + String.join(" ", found.stream().map(ClientUtils::escapeQueryChars).toList())
            + ")";
    String completed =
        inFields.isEmpty()
            ? filter
            : "(+" + filter + " " + (fields.size() == 1 ? "+" : "") + joined(inFields, " ") + ")";
    String weighted = "(" + completed + ")" + COMPLETION_WEIGHT;
    return word == null ? weighted : "(" + word + " " + weighted + ")";
  }

  /** A term, phrase or prefix on an analysed field, or null when nothing in it is searchable. */
  private static String textIn(String field, Text text) {
    if (text.prefix()) {
      String prefix = ANALYZER.normalize(field, text.text()).utf8ToString();
      return prefix.isEmpty() ? null : field + ":" + ClientUtils.escapeQueryChars(prefix) + "*";
    }
    // Quoted, so that several tokens from one word ("AT&T") match in order, as a phrase does.
    return ArticleSchema.terms(field, text.text()).isEmpty()
        ? null
        : field + ":" + quoted(text.text()) + (text.slop() > 0 ? "~" + text.slop() : "");
  }

  /**
   * Articles tagged with a value of {@code dimension} equal to (or, for a prefix, starting with)
   * the text, compared without case against the values the collection holds.
   */
  private String facetValue(String dimension, Text text) {
    String wanted = text.text().strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return null;
    }
    List<String> matched =
        facetValues.apply(dimension).stream()
            .filter(
                value -> {
                  String lower = value.toLowerCase(Locale.ROOT);
                  return text.prefix() ? lower.startsWith(wanted) : lower.equals(wanted);
                })
            .limit(256)
            .toList();
    return matched.isEmpty() ? NOTHING : anyOf(dimension, matched);
  }

  /** Articles with any of {@code values} in {@code field}, each value quoted and escaped. */
  static String anyOf(String field, List<String> values) {
    return field
        + ":("
        + values.stream().map(SolrQueryCompiler::quoted).collect(Collectors.joining(" OR "))
        + ")";
  }

  /** {@code text} as one quoted, escaped term or phrase. */
  static String quoted(String text) {
    return "\"" + ClientUtils.escapeQueryChars(text) + "\"";
  }
}

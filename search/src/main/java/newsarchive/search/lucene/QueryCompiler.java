package newsarchive.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import newsarchive.index.ArticleSchema;
import newsarchive.query.QueryParts;
import newsarchive.query.RescoreWords;
import newsarchive.query.UserQuery;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.During;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Synonymous;
import newsarchive.query.UserQuery.Text;
import newsarchive.search.DateRange;
import newsarchive.search.IndexStats.Count;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a parsed {@link UserQuery} into a Lucene query for one index snapshot: text terms search
 * title and body with BM25, the title weighted higher; {@code company:}, {@code topic:} and {@code
 * source:} match facet values case-insensitively.
 */
final class QueryCompiler {

  /** How much more a match in the title counts than one in the body. */
  static final float TITLE_BOOST = 2.5f;

  /**
   * How much the word as typed counts, on top of its stem in title and body: enough that an article
   * with the exact form ("exclusivity") ranks above one with only a word of the same stem
   * ("exclusive") when both match equally otherwise, small enough that it never outweighs a match
   * in the title. Tuned on the judged development queries (see README, "Relevance").
   */
  static final float EXACT_BOOST = 0.5f;

  /**
   * How much proximity counts against the words themselves. The sequential dependence model
   * (Metzler and Croft, 2005), whose published weights hold across TREC collections, gives word
   * pairs 0.15 of the score against 0.85 for single words, about 0.18 to 1; this is that ratio,
   * rounded, not tuned here: the judged queries are too short to tell (see README, "Relevance").
   */
  static final float PROXIMITY_WEIGHT = 0.2f;

  /**
   * How far apart two neighbouring words may be and still count as near: a window of eight words in
   * either order, as that model's unordered window; the nearer, the more they count, each order
   * alike (a sloppy phrase in each).
   */
  static final int PROXIMITY_SLOP = 6;

  /**
   * The weight, in the rescore, of the company's BM25 score among the articles' subjects (the fewer
   * articles it is the subject of, the more it counts) for an article whose subject is a company
   * the query names: "microsoft outage" lists Azure's outage, whose subject Microsoft is, above
   * AWS's, which has "outage" more often and names Microsoft once as a rival. One, rather than 3,
   * since 3 lowered the held-out queries while raising more of the blind sets (see README,
   * "Relevance").
   */
  static final float SUBJECT_WEIGHT = 1;

  /** How much another word for a typed word counts against the word itself. */
  static final float SYNONYM_WEIGHT = 0.5f;

  /**
   * What an article published in a year, month or day the query names scores for the date: about
   * what a rare word in the title does, since an article published then is about that time as much
   * as one headlining it, and more than one recalling it in passing ("Microsoft OpenAI investment
   * 2019" had listed the 2023 investment, whose background names 2019, above 2019's own). Among
   * partial matches, too, the date counts as a specific word ("nvidia gtc 2022 announcements" lists
   * 2022's GTC article, which lacks "announcements", before another year's).
   */
  static final float DATE_WEIGHT = 8;

  /**
   * What an article published on a day the query names adds, over the week after it that still
   * reports its news: the day's own articles first, while words still outweigh it.
   */
  static final float NAMED_DAYS_WEIGHT = 1;

  /** How much a completion of the word being typed counts against the word itself. */
  private static final float COMPLETION_WEIGHT = 0.001f;

  /** The most facet values one prefix such as {@code company:a*} expands to. */
  private static final int MAX_FACET_MATCHES = 256;

  private final IndexSnapshot snapshot;
  private final boolean marking;

  /** A compiler resolving facet values against {@code snapshot}, for searching. */
  QueryCompiler(IndexSnapshot snapshot) {
    this(snapshot, false);
  }

  private QueryCompiler(IndexSnapshot snapshot, boolean marking) {
    this.snapshot = snapshot;
    this.marking = marking;
  }

  /**
   * A compiler for the highlighter: the same queries, but the completions of the word being typed
   * keep the stems it marks, which a search leaves unevaluated.
   */
  static QueryCompiler forMarking(IndexSnapshot snapshot) {
    return new QueryCompiler(snapshot, true);
  }

  /**
   * The Lucene query for {@code query}; everything for a blank one, nothing for stop words only.
   */
  Query compile(UserQuery query) {
    if (query.equals(UserQuery.EVERYTHING)) {
      return new MatchAllDocsQuery();
    }
    Query compiled = node(snapshot.synonyms().expand(query));
    return compiled == null ? new MatchNoDocsQuery("only stop words") : compiled;
  }

  /**
   * The top-level words of {@code query} and its filters, for partial matches (a query of one word,
   * or one whose words sit inside a group, has a single word), with the {@link #subjects} it names.
   */
  QueryWords words(UserQuery query) {
    QueryParts<Query> parts = QueryParts.split(snapshot.synonyms().expand(query), this::node);
    return new QueryWords(
        parts.labels(), parts.words(), parts.required(), parts.excluded(), subjects(query));
  }

  /**
   * What makes the words of {@code query} score higher when they stand near each other: each pair
   * of neighbouring words ({@link RescoreWords#pairs}) as a sloppy phrase, in each order, in the
   * body and in the title (weighted as titles are), or {@code null} for fewer than two words.
   */
  Query proximity(UserQuery query) {
    return proximity(rescoreWords(query));
  }

  private static Query proximity(RescoreWords words) {
    if (words.pairs().isEmpty()) {
      return null;
    }
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (RescoreWords.Pair pair : words.pairs()) {
      for (String field : List.of(ArticleSchema.TITLE, ArticleSchema.BODY)) {
        String first = analyze(field, pair.first().text()).getLast().term();
        String second = analyze(field, pair.second().text()).getFirst().term();
        // Both orders, so that the pair is as near in "launches ChatGPT" as in "ChatGPT launch":
        // a sloppy phrase counts a swap as two moves.
        for (Query near :
            List.of(
                new PhraseQuery(PROXIMITY_SLOP, field, first, second),
                new PhraseQuery(PROXIMITY_SLOP, field, second, first))) {
          pairs.add(
              field.equals(ArticleSchema.TITLE) ? new BoostQuery(near, TITLE_BOOST) : near,
              Occur.SHOULD);
        }
      }
    }
    return new BoostQuery(pairs.build(), PROXIMITY_WEIGHT);
  }

  /**
   * What reorders the first matches in relevance order ({@link ProximityRescore}): the {@link
   * #proximity} of the words typed and the {@link #subjects} they name, or {@code null} for
   * neither.
   */
  Query rescore(UserQuery query) {
    RescoreWords words = rescoreWords(query);
    List<Query> parts =
        Stream.of(proximity(words), subjects(words)).filter(Objects::nonNull).toList();
    if (parts.size() < 2) {
      return parts.isEmpty() ? null : parts.getFirst();
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    parts.forEach(part -> either.add(part, Occur.SHOULD));
    return either.build();
  }

  /**
   * What makes the articles whose subject is a company the query names ({@link
   * RescoreWords#companies}) score higher: their {@code subject_company} value, weighted {@link
   * #SUBJECT_WEIGHT}, or {@code null} when the query names none.
   */
  Query subjects(UserQuery query) {
    return subjects(rescoreWords(query));
  }

  private static Query subjects(RescoreWords words) {
    if (words.companies().isEmpty()) {
      return null;
    }
    String indexField =
        ArticleSchema.facetsConfig().getDimConfig(ArticleSchema.SUBJECT_COMPANY).indexFieldName;
    BooleanQuery.Builder named = new BooleanQuery.Builder();
    for (String company : words.companies()) {
      named.add(
          new TermQuery(DrillDownQuery.term(indexField, ArticleSchema.SUBJECT_COMPANY, company)),
          Occur.SHOULD);
    }
    return new BoostQuery(named.build(), SUBJECT_WEIGHT);
  }

  private RescoreWords rescoreWords(UserQuery query) {
    return RescoreWords.of(
        query,
        snapshot.valueCounts(ArticleSchema.COMPANY).stream().map(Count::value).toList(),
        snapshot.synonyms());
  }

  /** The query for one node, or {@code null} when it holds no searchable word. */
  private Query node(UserQuery query) {
    return switch (query) {
      case Text text -> text(text, false);
      case All all -> all(all.parts());
      case Any any -> any(any.parts());
      case Not not -> excluding(node(not.part()));
      case Synonymous synonymous -> synonymous(synonymous, false);
      case During during -> during(during, false);
    };
  }

  /**
   * A part of the query beside {@code amongRequired} others, as {@link #node} (an exclusion
   * compiled as what it excludes): a word takes the form that suits its company (see {@link
   * #inTitleOrBody}).
   */
  private Query part(UserQuery part, boolean amongRequired) {
    return switch (part) {
      case Text text -> text(text, amongRequired);
      case Synonymous synonymous -> synonymous(synonymous, amongRequired);
      case During during -> during(during, amongRequired);
      case Not not -> node(not.part());
      default -> node(part);
    };
  }

  private Query all(List<UserQuery> parts) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    boolean required = false;
    boolean any = false;
    boolean amongRequired = parts.stream().filter(part -> !(part instanceof Not)).count() > 1;
    for (UserQuery part : parts) {
      Query compiled = part(part, amongRequired);
      if (compiled != null) {
        boolean excluded = part instanceof Not;
        builder.add(compiled, excluded ? Occur.MUST_NOT : Occur.MUST);
        required |= !excluded;
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    if (!required) {
      builder.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return builder.build();
  }

  private Query any(List<UserQuery> parts) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    boolean any = false;
    for (UserQuery part : parts) {
      Query compiled = node(part);
      if (compiled != null) {
        builder.add(compiled, Occur.SHOULD);
        any = true;
      }
    }
    return any ? builder.build() : null;
  }

  private static Query excluding(Query excluded) {
    if (excluded == null) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.MUST)
        .add(excluded, Occur.MUST_NOT)
        .build();
  }

  /**
   * The query for a word, phrase or prefix; {@code amongRequired} when other parts of the query are
   * required beside it, which changes its form only (see {@link #inTitleOrBody}).
   */
  private Query text(Text text, boolean amongRequired) {
    if (text.field() == null) {
      Query word = titleOrBody(text, amongRequired);
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

  /** A word or phrase in the title or the body; {@code null} for a stop word. */
  private static Query titleOrBody(Text text, boolean amongRequired) {
    Query title = textIn(ArticleSchema.TITLE, text);
    return title == null
        ? null // nothing to match unless it is being typed
        : inTitleOrBody(text, title, textIn(ArticleSchema.BODY, text), amongRequired);
  }

  /**
   * The words as typed, or any of their equivalents (weighted as typed), or any of the other words
   * for them, each weighted {@link #SYNONYM_WEIGHT}: one disjunction, so an article with the word
   * and another scores for both. A word's flat disjunction (see {@link #inTitleOrBody}) joins it
   * clause by clause, each clause weighted, which scores the same as the weighted whole and keeps
   * the disjunction flat for top-k pruning.
   */
  private Query synonymous(Synonymous synonymous, boolean amongRequired) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    addFlat(any, part(synonymous.typed(), amongRequired), 1);
    for (Text equivalent : synonymous.equivalents()) {
      Query query = titleOrBody(equivalent, false);
      if (query != null) {
        addFlat(any, query, 1);
      }
    }
    for (Text other : synonymous.others()) {
      Query query = titleOrBody(other, false);
      if (query != null) {
        addFlat(any, query, SYNONYM_WEIGHT);
      }
    }
    return any.build();
  }

  /**
   * The words of a year, month or day as typed, or an article published then or soon after ({@link
   * During#reported}), which scores {@link #DATE_WEIGHT}, and {@link #NAMED_DAYS_WEIGHT} more on a
   * day named ({@link During#days}).
   */
  private Query during(During during, boolean amongRequired) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    Query typed = part(during.typed(), amongRequired);
    if (typed != null) {
      either.add(typed, Occur.SHOULD);
    }
    for (DateRange reported : during.reported()) {
      Query published = new ConstantScoreQuery(RequestFilters.publishedIn(reported));
      either.add(new BoostQuery(published, DATE_WEIGHT), Occur.SHOULD);
    }
    for (DateRange named : during.days()) {
      Query published = new ConstantScoreQuery(RequestFilters.publishedIn(named));
      either.add(new BoostQuery(published, NAMED_DAYS_WEIGHT), Occur.SHOULD);
    }
    return either.build();
  }

  /**
   * {@code query} weighted {@code weight} in {@code any}, a pure disjunction's clauses one by one.
   */
  private static void addFlat(BooleanQuery.Builder any, Query query, float weight) {
    if (query instanceof BooleanQuery disjunction
        && disjunction.getMinimumNumberShouldMatch() == 0
        && disjunction.clauses().stream().allMatch(clause -> clause.occur() == Occur.SHOULD)) {
      disjunction.clauses().forEach(clause -> addFlat(any, clause.query(), weight));
    } else {
      any.add(weight == 1 ? query : new BoostQuery(query, weight), Occur.SHOULD);
    }
  }

  /**
   * The text in the title (weighted higher) or the body, ranked higher where its words appear as
   * typed ({@link #exactly}). A single word's exact form is in {@link ArticleSchema#WORDS} only
   * where its stem is in the title or the body (both come from the same tokens), so for a word that
   * is neither a phrase nor a prefix the three terms are one flat disjunction, which matches and
   * scores the same as the stems required and the exact form optional. Flat, Lucene's top-k pruning
   * (MaxScore, block-max WAND) skips the matches that cannot make the page; nested under a required
   * clause, every match of a frequent word was scored (at 10M, most of a search's time). Beside
   * other required parts the stems stay required and the exact form optional: the conjunction then
   * advances the stems alone and reads the exact form only where all parts match, which measured
   * faster there (at 10M, "cloud customers" 81 against 100 ms).
   */
  private static Query inTitleOrBody(Text text, Query title, Query body, boolean amongRequired) {
    List<Token> typed = analyze(ArticleSchema.WORDS, text.text());
    BooleanQuery.Builder stemmed =
        new BooleanQuery.Builder()
            .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
            .add(body, Occur.SHOULD);
    if (text.phrase() || text.prefix() || typed.size() != 1 || amongRequired) {
      return exactly(text, stemmed.build());
    }
    Query exact = new TermQuery(new Term(ArticleSchema.WORDS, typed.getFirst().term()));
    return stemmed.add(new BoostQuery(exact, EXACT_BOOST), Occur.SHOULD).build();
  }

  /**
   * {@code stemmed} (the text matched on its stems), ranked higher where the words appear as typed:
   * for a quoted phrase every word must appear as typed (the stemmed phrase in the field, each word
   * in its exact form in the article), for other words the exact form only adds to the score. The
   * exact forms are terms of the unstemmed {@link ArticleSchema#WORDS} field, which keeps no
   * positions (they would cost a quarter of the index), so a phrase's exactness is per word.
   */
  private static Query exactly(Text text, Query stemmed) {
    if (stemmed == null || text.prefix()) {
      return stemmed;
    }
    List<Token> typed = analyze(ArticleSchema.WORDS, text.text());
    if (typed.isEmpty()) {
      return stemmed;
    }
    BooleanQuery.Builder exact = new BooleanQuery.Builder();
    for (Token token : typed) {
      exact.add(new TermQuery(new Term(ArticleSchema.WORDS, token.term())), Occur.MUST);
    }
    return new BooleanQuery.Builder()
        .add(stemmed, Occur.MUST)
        .add(
            text.phrase() ? exact.build() : new BoostQuery(exact.build(), EXACT_BOOST),
            text.phrase() ? Occur.FILTER : Occur.SHOULD)
        .build();
  }

  /** The text in one analysed field, completed there when it is the word being typed. */
  private Query completingIn(String field, Text text) {
    Query word = textIn(field, text);
    return text.completing() ? completing(text, word, List.of(field)) : word;
  }

  /**
   * The word being typed: {@code word} as it stands, or one of the {@link Vocabulary#COMPLETIONS}
   * indexed words it begins that are in the most articles. Prefixes match on the unstemmed
   * vocabulary, since a stem need not start with what was typed ("exclusiv" is not a prefix of
   * "exclus"); the completions' stems score (and are marked by the highlighter) in the fields, and
   * are required there when the word is limited to one field. A completion adds a constant
   * thousandth to the word's score, so a finished word still ranks first and articles with only a
   * completion follow, newest first (see {@link Ordering}). Adding (rather than taking the better
   * of the two) lets Lucene skip the articles with only a completion once a page of better ones is
   * found (at 1M, typing's p99 fell from 47 to 37 ms). A rarer word the prefix begins is not
   * matched until more of it is typed: that keeps a first letter as cheap as a word.
   */
  private Query completing(Text text, Query word, List<String> fields) {
    List<Token> typed = analyze(ArticleSchema.WORDS, text.text());
    if (typed.size() != 1) {
      return word; // "AT&T", "e-ma": not one word to complete
    }
    List<String> completions;
    try {
      completions = snapshot.vocabulary().completions(typed.getFirst().term());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (completions.isEmpty()) {
      return word;
    }
    Set<Term> stems = new LinkedHashSet<>();
    for (String completion : completions) {
      for (String field : fields) {
        analyze(field, completion).forEach(token -> stems.add(new Term(field, token.term())));
      }
    }
    BooleanQuery.Builder inFields = new BooleanQuery.Builder();
    for (Term stem : stems) {
      Query term = new TermQuery(stem);
      inFields.add(
          stem.field().equals(ArticleSchema.TITLE) ? new BoostQuery(term, TITLE_BOOST) : term,
          Occur.SHOULD);
    }
    Query matched =
        new BooleanQuery.Builder()
            .add(
                new TermInSetQuery(
                    ArticleSchema.WORDS, completions.stream().map(BytesRef::new).toList()),
                Occur.FILTER)
            .add(inFields.build(), fields.size() == 1 ? Occur.MUST : Occur.SHOULD)
            .build();
    // Constant: scoring the stems of frequent words cost more than the rest of the search, so a
    // search drops them across both fields (ConstantScoreQuery's rewrite); the highlighter needs
    // them to mark the completions.
    Query weighted =
        new BoostQuery(marking ? matched : new ConstantScoreQuery(matched), COMPLETION_WEIGHT);
    return word == null
        ? weighted
        : new BooleanQuery.Builder().add(word, Occur.SHOULD).add(weighted, Occur.SHOULD).build();
  }

  /** A term, phrase or prefix query on an analysed text field. */
  private static Query textIn(String field, Text text) {
    if (text.prefix()) {
      String prefix = ArticleSchema.analyzer().normalize(field, text.text()).utf8ToString();
      return prefix.isEmpty() ? null : new PrefixQuery(new Term(field, prefix));
    }
    List<Token> tokens = analyze(field, text.text());
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.getFirst().term()));
    }
    // Several tokens from one word ("AT&T", "e-mail") or a quoted phrase: match them in order, or
    // within the phrase's slop.
    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(text.slop());
    for (Token token : tokens) {
      phrase.add(new Term(field, token.term()), token.position());
    }
    return phrase.build();
  }

  /**
   * Articles tagged with a value of {@code dimension} equal to (or, for a prefix, starting with)
   * the text.
   */
  private Query facetValue(String dimension, Text text) {
    String wanted = text.text().strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return null;
    }
    String indexField = ArticleSchema.facetsConfig().getDimConfig(dimension).indexFieldName;
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int matched = 0;
    for (Count count : snapshot.valueCounts(dimension)) {
      String value = count.value().toLowerCase(Locale.ROOT);
      if (text.prefix() ? value.startsWith(wanted) : value.equals(wanted)) {
        builder.add(
            new TermQuery(DrillDownQuery.term(indexField, dimension, count.value())), Occur.SHOULD);
        if (++matched == MAX_FACET_MATCHES) {
          break;
        }
      }
    }
    return matched == 0 ? new MatchNoDocsQuery("no such " + dimension) : builder.build();
  }

  /** The analysed tokens of {@code text} in {@code field}, with their relative positions. */
  static List<Token> analyze(String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = ArticleSchema.analyzer().tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** One analysed token and its position. */
  record Token(String term, int position) {}
}

package newsarchive.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import newsarchive.article.Article;
import newsarchive.enrich.StorySignature;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

/**
 * Gives each article of a reindex its story, in the order the {@link Handoff} builds documents
 * (earliest published first among the articles it holds back): an unchanged article keeps the story
 * it has; a new or changed one joins the story of the earliest article it is a near-duplicate of
 * ({@link StorySignature#sameStory}), among those indexed before the run and those written earlier
 * in it, found through the band keys they share (an indexed one also through its headline) and
 * confirmed on their signatures; otherwise it starts a story of its own. Stories are kept per
 * article, so deleting a story's first article leaves the others theirs.
 */
final class StoryAssigner implements AutoCloseable {

  /**
   * Of the indexed articles sharing bands with one, this many sharing most are confirmed, each
   * signature recomputed from its stored text (tens of microseconds).
   */
  private static final int CANDIDATES = 32;

  private static final int UNDATED = Integer.MIN_VALUE;

  /** The most terms of an article's facts looked for among the indexed articles' words. */
  private static final int FACT_TERMS = 8;

  /**
   * The most articles of one story a band of the run lists: more than one, since a brief or an
   * update may be the copy of one version and not of another (a brief held by the long report, not
   * by the report's own brief), and a lookup confirms only against the versions listed.
   */
  private static final int PER_STORY_PER_BAND = 4;

  /** The most articles one band of the run lists. */
  private static final int MAX_PER_BAND = 32;

  private static final long DAY_MILLIS = 86_400_000L;
  private static final int[] NO_BANDS = {};

  private static final Set<String> STORED =
      Set.of(ArticleSchema.ID, ArticleSchema.TITLE, ArticleSchema.BODY, ArticleSchema.PUBLISHED);

  private final DirectoryReader index;
  private final IndexSearcher searcher;
  private final Map<String, Indexed> indexed;
  private final Set<String> rewritten = new HashSet<>();
  private final RunBands bands = new RunBands();
  private final List<StorySignature> signatures = new ArrayList<>();
  private int[] days = new int[1024];
  private long[] stories = new long[1024];

  /**
   * Per article of the run, the number of the last {@link #runMatches} lookup that confirmed it or
   * not, so that an article sharing several bands is confirmed once per lookup.
   */
  private int[] lookedAt = new int[1024];

  private int lookup;

  private StoryAssigner(DirectoryReader index, Map<String, Indexed> indexed) {
    this.index = index;
    this.searcher = index == null ? null : new IndexSearcher(index);
    this.indexed = indexed;
  }

  /**
   * What the index holds about one article when the run starts.
   *
   * @param hash its content hash
   * @param story its story
   */
  record Indexed(String hash, long story) {}

  /** An assigner for a run that starts from nothing: a rebuild, or documents built alone. */
  static StoryAssigner alone() {
    return new StoryAssigner(null, Map.of());
  }

  /**
   * An assigner for a run over the index in {@code directory}, whose last commit holds {@code
   * indexed}.
   */
  static StoryAssigner open(Directory directory, Map<String, Indexed> indexed) throws IOException {
    return indexed.isEmpty()
        ? alone()
        : new StoryAssigner(DirectoryReader.open(directory), indexed);
  }

  /** The story of {@code article}, whose content hashes to {@code hash}. */
  long assign(Article article, String hash, StorySignature signature) throws IOException {
    Indexed before = indexed.get(article.id());
    if (before != null && before.hash().equals(hash)) {
      return before.story();
    }
    if (searcher != null) {
      // Its indexed version is stale from now on: never a candidate.
      rewritten.add(article.id());
    }
    int day = day(article.published());
    List<Match> matches = runMatches(signature, day);
    if (searcher != null) {
      matches.addAll(indexMatches(article, signature, day));
    }
    long story =
        matches.stream()
            .min(Comparator.comparingInt(Match::sortDay))
            .map(Match::story)
            .orElse(StorySignature.storyOf(article.id()));
    remember(signature, day, story);
    return story;
  }

  /** A confirmed near-duplicate: its story, and its day for choosing the earliest. */
  private record Match(long story, int day) {
    /** The day, undated last. */
    int sortDay() {
      return day == UNDATED ? Integer.MAX_VALUE : day;
    }
  }

  /** The run's earlier articles that share a band with {@code signature} and are its copies. */
  private List<Match> runMatches(StorySignature signature, int day) {
    lookup++;
    List<Match> matches = new ArrayList<>();
    IntConsumer confirm =
        candidate -> {
          if (lookedAt[candidate] != lookup) {
            lookedAt[candidate] = lookup;
            if (signature.sameStory(signatures.get(candidate), daysApart(day, days[candidate]))) {
              matches.add(new Match(stories[candidate], days[candidate]));
            }
          }
        };
    for (int band : signature.textBands()) {
      bands.forEach(band, confirm);
    }
    for (int band : signature.titleBands()) {
      bands.forEach(band, confirm);
    }
    for (int band : signature.factBands()) {
      bands.forEach(band, confirm);
    }
    return matches;
  }

  /**
   * The indexed articles, not rewritten in this run, that share the most text bands with {@code
   * signature}, or whose headlines share the most words with {@code article}'s, or that give the
   * most of its facts, within the days a headline or a facts match allows, and are its copies.
   */
  private List<Match> indexMatches(Article article, StorySignature signature, int day)
      throws IOException {
    BooleanQuery.Builder sharingBands = new BooleanQuery.Builder();
    for (int band : signature.textBands()) {
      sharingBands.add(
          new ConstantScoreQuery(
              new TermQuery(new Term(ArticleSchema.STORY_BAND, ArticleSchema.bandTerm(band)))),
          Occur.SHOULD);
    }
    Set<Integer> candidates = new LinkedHashSet<>();
    for (ScoreDoc hit : searcher.search(sharingBands.build(), CANDIDATES).scoreDocs) {
      candidates.add(hit.doc);
    }
    if (day != UNDATED) {
      if (signature.titleBands().length > 0) {
        nearby(
            headlineMatches(article.title(), signature),
            day,
            StorySignature.SAME_TITLE_DAYS,
            candidates);
      }
      if (signature.factBands().length > 0) {
        nearby(factMatches(article), day, StorySignature.SAME_FACTS_DAYS, candidates);
      }
    }
    List<Match> matches = new ArrayList<>();
    for (int doc : candidates) {
      Document stored = index.storedFields().document(doc, STORED);
      String id = stored.get(ArticleSchema.ID);
      if (rewritten.contains(id)) {
        continue;
      }
      var published = stored.getField(ArticleSchema.PUBLISHED);
      int candidateDay =
          published == null
              ? UNDATED
              : Math.toIntExact(Math.floorDiv(published.numericValue().longValue(), DAY_MILLIS));
      StorySignature other =
          StorySignature.of(stored.get(ArticleSchema.TITLE), ArticleSchema.body(stored));
      if (signature.sameStory(other, daysApart(day, candidateDay))) {
        matches.add(new Match(story(doc, id), candidateDay));
      }
    }
    return matches;
  }

  /**
   * The indexed headlines that hold enough of this one's content words to be a headline match
   * ({@link StorySignature#headlineWordsToShare}), or null when none can: each content word is its
   * analysed forms in the title field, with and without the plural {@code s} the signature drops. A
   * word whose forms are not among the headline's own analysed terms (a stop word of the analyzer,
   * a letter of "U.S.") cannot be looked for and lowers the number required. Requiring the words,
   * rather than ranking every headline sharing any of them, keeps the lookup to the few headlines
   * that can match: the common words of the day's headlines made it the slowest step of an
   * incremental reindex.
   */
  private static Query headlineMatches(String title, StorySignature signature) {
    Set<String> analysed = new HashSet<>(ArticleSchema.terms(ArticleSchema.TITLE, title));
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int unsought = 0;
    for (String word : StorySignature.headlineWords(title)) {
      Set<String> forms = new LinkedHashSet<>(ArticleSchema.terms(ArticleSchema.TITLE, word));
      forms.addAll(ArticleSchema.terms(ArticleSchema.TITLE, word + "s"));
      forms.retainAll(analysed);
      if (forms.isEmpty()) {
        unsought++;
        continue;
      }
      BooleanQuery.Builder anyForm = new BooleanQuery.Builder();
      forms.forEach(
          form -> anyForm.add(new TermQuery(new Term(ArticleSchema.TITLE, form)), Occur.SHOULD));
      words.add(anyForm.build(), Occur.SHOULD);
    }
    int required = signature.headlineWordsToShare() - unsought;
    return required < 1 ? null : words.setMinimumNumberShouldMatch(required).build();
  }

  /**
   * Add to {@code candidates} the top indexed articles that {@code query} (if any) matches among
   * those published within {@code days} days of {@code day}.
   */
  private void nearby(Query query, int day, int days, Set<Integer> candidates) throws IOException {
    if (query == null) {
      return;
    }
    Query within =
        new BooleanQuery.Builder()
            .add(query, Occur.MUST)
            .add(
                LongField.newRangeQuery(
                    ArticleSchema.PUBLISHED,
                    (day - days) * DAY_MILLIS,
                    (day + days + 1) * DAY_MILLIS - 1),
                Occur.FILTER)
            .build();
    for (ScoreDoc hit : searcher.search(within, CANDIDATES).scoreDocs) {
      candidates.add(hit.doc);
    }
  }

  /**
   * The indexed articles whose words hold at least half of the {@value #FACT_TERMS} rarest of the
   * first {@value #FACT_TERMS} × 3 terms of {@code article}'s facts ({@link
   * StorySignature#factWords}): a reworded copy's candidates, which its new wording keeps from
   * sharing text bands or headline words. The rarest, since a figure or a person's name tells a
   * story where a vendor's name, in every tenth article, only makes the search slow.
   */
  private Query factMatches(Article article) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    for (String fact : StorySignature.factWords(article.title(), article.body())) {
      terms.addAll(ArticleSchema.terms(ArticleSchema.WORDS, fact));
    }
    Map<String, Integer> frequencies = new HashMap<>();
    for (String term : terms.stream().limit(3 * FACT_TERMS).toList()) {
      int frequency = index.docFreq(new Term(ArticleSchema.WORDS, term));
      if (frequency > 0) {
        frequencies.put(term, frequency);
      }
    }
    List<String> rarest =
        frequencies.keySet().stream()
            .sorted(Comparator.comparingInt(frequencies::get))
            .limit(FACT_TERMS)
            .toList();
    if (rarest.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    rarest.forEach(
        term -> words.add(new TermQuery(new Term(ArticleSchema.WORDS, term)), Occur.SHOULD));
    return words.setMinimumNumberShouldMatch((rarest.size() + 1) / 2).build();
  }

  /** The story of the indexed document {@code doc}, the article {@code id}. */
  private long story(int doc, String id) throws IOException {
    List<LeafReaderContext> leaves = index.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedNumericDocValues stories = DocValues.getSortedNumeric(leaf.reader(), ArticleSchema.STORY);
    return stories.advanceExact(doc - leaf.docBase)
        ? stories.nextValue()
        : StorySignature.storyOf(id);
  }

  private void remember(StorySignature signature, int day, long story) {
    int number = signatures.size();
    if (number == days.length) {
      days = Arrays.copyOf(days, number * 2);
      stories = Arrays.copyOf(stories, number * 2);
      lookedAt = Arrays.copyOf(lookedAt, number * 2);
    }
    days[number] = day;
    stories[number] = story;
    // Only what confirming needs is kept: a rebuild holds every article's.
    signatures.add(
        new StorySignature(
            signature.sketch(),
            signature.words(),
            signature.shingles(),
            signature.titleWords(),
            signature.facts(),
            NO_BANDS,
            NO_BANDS,
            NO_BANDS,
            signature.comment()));
    for (int[] keys :
        List.of(signature.textBands(), signature.titleBands(), signature.factBands())) {
      for (int band : keys) {
        if (worthRemembering(band, story)) {
          bands.add(band, number);
        }
      }
    }
  }

  /**
   * Whether the run's band {@code band} should list one more article of {@code story}: not when it
   * lists {@link #PER_STORY_PER_BAND} of that story already (a copy finds the story through those),
   * nor when it lists {@link #MAX_PER_BAND} articles (a band that common says little). Without
   * this, one story carried a thousand times, or boilerplate every article shares, made each lookup
   * walk every earlier copy: quadratic in the run.
   */
  private boolean worthRemembering(int band, long story) {
    int[] listed = {0};
    int[] sameStory = {0};
    bands.forEach(
        band,
        other -> {
          listed[0]++;
          if (stories[other] == story) {
            sameStory[0]++;
          }
        });
    return sameStory[0] < PER_STORY_PER_BAND && listed[0] < MAX_PER_BAND;
  }

  private static int day(Instant published) {
    return published == null
        ? UNDATED
        : Math.toIntExact(Math.floorDiv(published.toEpochMilli(), DAY_MILLIS));
  }

  /** Days between two days, or -1 when either is undated. */
  private static long daysApart(int a, int b) {
    return a == UNDATED || b == UNDATED ? -1 : Math.abs((long) a - b);
  }

  @Override
  public void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }
}

package newsarchive.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What near-duplicate detection knows about one article: a MinHash sketch of its text's word
 * shingles, the content words of its headline, and the locality-sensitive band keys that find
 * candidates sharing either. Two articles are the same story when {@link #sameStory} says so.
 *
 * <p>The text sketch: a one-permutation MinHash over {@value #SHINGLE}-word shingles of the
 * lower-cased title and body (each shingle hashed once into one of {@value #HASHES} bins, keeping
 * each bin's minimum; an empty bin borrows that of a non-empty bin chosen by a hash of its number,
 * "optimal densification"), as good an estimate of the shingles' Jaccard similarity as {@value
 * #HASHES} independent MinHashes for one hash per shingle instead of {@value #HASHES}. Only the
 * lowest 8 bits of each minimum are kept for confirming (b-bit MinHash). {@value #TEXT_BANDS} bands
 * of {@value #ROWS} bins find the candidates: a pair whose shingle Jaccard similarity is 0.5
 * becomes one with probability 0.90, one at 0.7 with 0.995, one at 0.2 with 0.28 (confirming
 * rejects those). The headline: its content words (stop words out, a plural or third-person {@code
 * s} off), {@value #TITLE_HASHES} MinHashes banded {@value #TITLE_BANDS} × {@value #TITLE_ROWS},
 * which make a pair of headlines sharing 45% of their words a candidate with probability 0.93 (a
 * brief's short headline shares few of the report's). The facts: the article's first names and
 * figures in order ({@link Facts}), each hashed to 16 bits, and their distinct hashes banded as the
 * headline's words are, which make two articles sharing half their facts a candidate with
 * probability 0.97. Neither is indexed, so their bands cost only the run's memory and the
 * confirming of their candidates.
 *
 * <p>Only the text bands are indexed, and few, since each band key is a term (mostly of one
 * article): an indexed article's headline is found through the title field within the days a
 * headline match allows, and its sketch is recomputed from its stored text.
 *
 * @param sketch the lowest byte of each text minimum (empty for a text without words)
 * @param words the distinct content words of its first {@value #MAX_CONTENT_WORDS}, each hashed to
 *     16 bits, sorted ({@link #wordSimilarity})
 * @param shingles how many shingles the text has (0 for a text without words), to tell how much of
 *     the shorter of two texts the longer holds
 * @param titleWords the sorted distinct hashes of the headline's content words
 * @param facts the first {@value Facts#MAX} names and figures, in order, each hashed to 15 bits and
 *     its top bit set for a figure
 * @param textBands the text's band keys (none for a text without words)
 * @param titleBands the headline's band keys (none for headlines under {@value #MIN_TITLE_WORDS}
 *     content words)
 * @param factBands the facts' band keys (none for an article of under {@value #MIN_FACTS} facts);
 *     each key of any kind carries its band's number, so keys of different bands never meet
 * @param comment whether the headline labels the piece comment or analysis ("Opinion: …")
 */
public record StorySignature(
    byte[] sketch,
    char[] words,
    int shingles,
    int[] titleWords,
    char[] facts,
    int[] textBands,
    int[] titleBands,
    int[] factBands,
    boolean comment) {

  /**
   * Estimated shingle Jaccard similarity at or above which two articles published within {@value
   * #SAME_TEXT_DAYS} days of each other (or undated) are one story: wire copies, corrected
   * headlines, lightly edited rewrites, feed items seen again.
   */
  public static final double SAME_TEXT = 0.5;

  /**
   * The most days apart two copies of one text are published: a story is news of one moment, and
   * the same template months apart (this quarter's results, next year's sale) is other news.
   */
  public static final int SAME_TEXT_DAYS = 7;

  /**
   * Estimated share of the shorter text's shingles that the longer holds, at or above which two
   * articles published within {@value #SAME_TEXT_DAYS} days of each other are one story: an update
   * that adds paragraphs to the wire copy, a copy cut to its first half, or a reprint with the
   * site's own lede and boilerplate is most of the other text but, the lengths differing, under
   * {@link #SAME_TEXT} by Jaccard similarity. Two press releases of one company sharing its "About"
   * paragraphs, a follow-up quoting the original's paragraphs, or two stories of one template hold
   * at most 0.59 of each other in the labelled sets (one at 0.70, whose figures tell it: {@link
   * #WHOLLY_HELD}), while copies mostly hold 0.65 to 0.8; the bar sits above the first by about one
   * standard error of the estimate, which the length ratio scales.
   */
  public static final double SAME_UPDATE = 0.65;

  /**
   * The least Jaccard similarity for {@link #SAME_UPDATE}: below it a text is so much shorter than
   * the other that the sketch's error, scaled by the length ratio, would decide. In the nineteen
   * labelled sets, the pairs of different stories within a week whose Jaccard similarity is 0.15 to
   * 0.25 are estimated to hold at most 0.56 of each other (0.42 under 0.2), while a brief or a
   * reprint that long articles hold at 0.65 to 0.8 may share only 0.16 to 0.25 of their shingles
   * (0.25, the bar before, left six such pairs apart).
   */
  public static final double SAME_UPDATE_FLOOR = 0.15;

  /**
   * Estimated share of the shorter text's shingles that the longer holds, at or above which the
   * shorter's figures are taken to be in the longer, even where their first facts differ (a live
   * page's update puts its new paragraphs first). Below it, the text and headline rules ask that
   * the figures agree ({@link #figuresAgree}), or, for the text rules, that both name one subject
   * most ({@link #sameSubject}): a company's press release filled in with another company's name
   * and figures keeps half the shingles and most of the headline, and the longer holds 0.70 of the
   * shorter.
   */
  public static final double WHOLLY_HELD = 0.85;

  /** Estimated shingle Jaccard similarity at or above which two articles are one text, whenever. */
  public static final double SAME_COPY = 0.9;

  /**
   * Headline word Jaccard similarity at or above which two articles published within {@value
   * #SAME_TITLE_DAYS} days of each other are one story: one announcement written up independently.
   */
  public static final double SAME_TITLE = 0.7;

  /** The most days apart two independently written copies of one story are published. */
  public static final int SAME_TITLE_DAYS = 2;

  /**
   * Share of the shorter article's facts (names and figures) that the other gives in the same
   * order, at or above which two articles published within {@value #SAME_FACTS_DAYS} days of each
   * other are one story, if that is also {@link #SAME_FACTS_OF_LONGER} of the longer's: a copy
   * another outlet reworded, whose shingles the new wording breaks. In the labelled sets such
   * copies keep 0.54 to 1 of the facts in order, most over 0.7; articles of other stories within
   * two days keep at most 0.62 where that is half the longer's (a follow-up quoting the original's
   * paragraphs) and 0.70 where it is less (a roundup holding a story's paragraph).
   */
  public static final double SAME_FACTS = 0.7;

  /** The share of the longer article's facts that {@link #SAME_FACTS} also asks. */
  public static final double SAME_FACTS_OF_LONGER = 0.5;

  /**
   * Share of the shorter article's facts that the other gives in the same order at or above which
   * the shorter is the other cut to a brief, however little of the longer it keeps: in the labelled
   * sets a brief of a report keeps 0.88 to 0.94 of its facts in order and a third of the report's,
   * while an article of another story within two days, at under half of the longer's, keeps at most
   * 0.81 (a roundup's paragraph 0.70).
   */
  public static final double SAME_FACTS_OF_BRIEF = 0.85;

  /**
   * Jaccard similarity of two articles' sets of content words at or above which, within {@value
   * #SAME_FACTS_DAYS} days, an article is another outlet's own write-up of the other's news when
   * their names and figures agree too ({@link #reworded}): such a copy tells the same things in new
   * sentences and order, so it keeps neither the shingles nor the order of the facts, but most of
   * the words (coolant, seal, recall, dealers) and every figure. In the labelled sets such copies
   * share 0.2 to 0.5 of their words, while other stories within two days that name mostly the same
   * names and give no figure the other lacks share at most 0.23 (an analysis of a subsidy beside
   * the report of it, a company's two announcements).
   */
  public static final double SAME_WORDS = 0.25;

  /**
   * Share of the distinct names of the article naming fewer that the other names too, at or above
   * which {@link #reworded} takes the two for one story's (with {@link #SAME_WORDS}).
   */
  public static final double SAME_NAMES = 0.6;

  /**
   * Similarity of two articles' content words weighted by their rarity in news ({@link
   * #raritySimilarity}) at or above which, within {@value #SAME_FACTS_DAYS} days, an article is
   * another outlet's own write-up of the other's news even when one figure in four of the fewer is
   * its own (a share price, a date, the outlet's own count): their names agree ({@link
   * #SAME_NAMES}) and the words they share are those of this news, not of every week's. In the
   * labelled sets, the write-ups that {@link #SAME_WORDS} misses mostly weigh 0.3 to 0.58 (half of
   * them over 0.45), while other stories within two days whose names and three quarters of whose
   * figures agree weigh at most 0.42: a rival's price cut reported with the launch it follows
   * quoted.
   */
  public static final double SAME_RARE_WORDS = 0.45;

  /**
   * The similarity of rare words that {@link #retold} asks of two write-ups that also give one
   * figure alike (a sum, a count, a share): the figure is news the two found in one place, so their
   * words need agree a little less than {@link #SAME_RARE_WORDS}.
   */
  public static final double SAME_RARE_WITH_FIGURE = 0.4;

  /**
   * The similarity of rare words at or above which, within {@value #SAME_FACTS_DAYS} days, two
   * write-ups that name one subject most and {@link #SAME_NAMES_OF_RECOUNT} of each other's names
   * are one story when every one of at least {@value #MIN_FIGURES} figures of the fewer is the
   * other's: outlets telling one closure, deal or result in words of their own give its jobs, sums
   * and shares, while the same company's next news gives figures of its own. Over the labelled
   * story sets such pairs of one story weigh 0.30 to 0.45 where {@link #SAME_RARE_WORDS} misses
   * them; the pairs of other stories that pass so are comment on the news (a deal's effect on phone
   * bills, the same day), which {@link #comment()} catches only when labelled.
   */
  public static final double SAME_RARE_OF_EVERY_FIGURE = 0.3;

  /**
   * Jaccard similarity of two headlines' words at or above which {@link #retold} takes write-ups
   * published within {@value #SAME_HEADLINE_DAYS} day of each other for one story with fewer names
   * and rare words in common ({@link #SAME_NAMES_OF_HEADLINED}, {@link #SAME_RARE_HEADLINED}):
   * outlets headline one event with its company and its deed ("Acme buys Beta", "Acme to acquire
   * Beta in $2bn deal"), while the same company's other news of the day, or comment on it, is
   * headlined with other words. In the labelled story sets, the pairs of one story passing the
   * other measures hold 0 to 0.49 of their headline words in common, those of other stories at most
   * 0.18.
   */
  public static final double SAME_HEADLINE_WORDS = 0.2;

  /** The days apart within which {@link #SAME_HEADLINE_WORDS} applies: the day and the next. */
  public static final int SAME_HEADLINE_DAYS = 1;

  /** The share of the fewer names that {@link #retold} asks of write-ups headlined alike. */
  public static final double SAME_NAMES_OF_HEADLINED = 0.5;

  /** The similarity of rare words that {@link #retold} asks of write-ups headlined alike. */
  public static final double SAME_RARE_HEADLINED = 0.33;

  /** The share of the fewer figures that {@link #SAME_RARE_WORDS} asks the other to give too. */
  public static final double SAME_FIGURES_OF_REWRITE = 0.75;

  /**
   * Share of the fewer names that the other names too, at or above which a write-up whose rare
   * words agree ({@link #SAME_RARE_WORDS}) is one story with the other when every one of at least
   * {@value #MIN_FIGURES} figures of the fewer is the other's: outlets writing up one deal or
   * result quote their own analysts, places and officials, but give the same sums, prices and
   * shares. In the labelled sets such write-ups name 0.3 to 0.6 of each other's names, and no two
   * articles of other stories within two days share three figures, all the fewer's, with rare words
   * 0.40 alike or more.
   */
  public static final double SAME_NAMES_OF_RECOUNT = 0.3;

  /**
   * Similarity of rare words ({@link #raritySimilarity}) at or above which, within {@value
   * #SAME_FACTS_DAYS} days, a write-up is one story with the other whenever half of at least
   * {@value #MIN_FIGURES} figures of the fewer are the other's and {@link #SAME_NAMES_OF_RECOUNT}
   * of the names: an update that adds analysts' comments and share moves, or a company's release
   * beside a wire's report, keeps the news's rare words and its sums while adding names and figures
   * of its own. In the labelled sets, pairs of other stories within two days whose figures agree so
   * weigh at most 0.47 (the same template filled in for another company gives other figures), while
   * such write-ups of one story weigh 0.5 to 0.76.
   */
  public static final double SAME_RARE_STORY = 0.5;

  /** Words too common to tell one story's write-ups from another's. */
  private static final Set<String> COMMON_WORDS =
      Set.copyOf(
          List.of(
              "the", "and", "for", "with", "that", "this", "from", "into", "its", "are", "was",
              "were", "has", "have", "had", "will", "would", "said", "says", "say", "after", "over",
              "than", "about", "not", "but", "also", "their", "they", "she", "his", "her", "our",
              "you", "been", "more", "new", "which", "who", "out"));

  /** The least letters of a content word: shorter ones are mostly function words. */
  private static final int CONTENT_WORD = 3;

  /**
   * The hashes of {@link #COMMON_WORDS} in an open-addressing table, asked about every word of
   * every article: one or two probes where a binary search took six.
   */
  private static final long[] COMMON_WORD_TABLE = commonWordTable();

  private static long[] commonWordTable() {
    long[] table = new long[Integer.highestOneBit(COMMON_WORDS.size()) * 4];
    for (String word : COMMON_WORDS) {
      long hash = new WordScan(false).add(word).hashes()[0];
      int slot = (int) hash & (table.length - 1);
      while (table[slot] != 0) {
        slot = (slot + 1) & (table.length - 1);
      }
      table[slot] = hash;
    }
    return table;
  }

  private static boolean common(long hash) {
    int mask = COMMON_WORD_TABLE.length - 1;
    for (int slot = (int) hash & mask; COMMON_WORD_TABLE[slot] != 0; slot = (slot + 1) & mask) {
      if (COMMON_WORD_TABLE[slot] == hash) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most content words of an article compared, its first: a feature's tail says little of the
   * news, and a copy of a report is seldom longer.
   */
  static final int MAX_CONTENT_WORDS = 512;

  /** The least facts an article needs for them to tell: a brief's few names say little. */
  public static final int MIN_FACTS = 12;

  /** The least figures each article needs for {@link #sameFacts} to compare them. */
  static final int MIN_FIGURES = 3;

  /** The bit of a fact's 16-bit hash that marks a figure. */
  private static final char FIGURE = 0x8000;

  /** The most days apart a reworded copy is published: syndication follows within a day or two. */
  public static final int SAME_FACTS_DAYS = 2;

  static final int HASHES = 128;
  static final int SHINGLE = 4;
  static final int ROWS = 2;
  static final int TEXT_BANDS = 8;
  static final int TITLE_ROWS = 2;
  static final int TITLE_BANDS = 12;
  static final int TITLE_HASHES = TITLE_BANDS * TITLE_ROWS;
  static final int MIN_TITLE_WORDS = 4;

  /** The bits of a shingle's hash that choose its bin; the rest is its value in the bin. */
  private static final int BIN_BITS = Integer.numberOfTrailingZeros(HASHES);

  private static final int EMPTY = Integer.MAX_VALUE;
  private static final int NO_SUBJECT = -1;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  // Title hash i of a word is MULTIPLIERS[i] * word + ADDENDS[i] on 32 bits (odd multipliers, so
  // each is a permutation).
  private static final int[] MULTIPLIERS = constants(0x5DEECE66DL, TITLE_HASHES);
  private static final int[] ADDENDS = constants(0xC0FFEE123L, TITLE_HASHES);

  /** Words that carry no news in a headline. */
  private static final Set<String> STOP_WORDS =
      Set.copyOf(
          List.of(
              "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "as", "at",
              "by", "from", "into", "its", "it", "is", "are", "be", "after", "over", "says", "say",
              "said", "new", "s", "will", "than", "this", "that", "up"));

  /** The signature of an article with this headline and body. */
  public static StorySignature of(String title, String body) {
    WordScan scan = new WordScan(true).add(WireMarks.headline(title)).add(body);
    long[] all = scan.hashes();
    int[] content =
        headlineWords(title).stream().mapToInt(String::hashCode).distinct().sorted().toArray();
    byte[] sketch = new byte[all.length == 0 ? 0 : HASHES];
    int shingles = all.length == 0 ? 0 : Math.max(1, all.length - SHINGLE + 1);
    int[] textBands = new int[all.length == 0 ? 0 : TEXT_BANDS];
    if (all.length > 0) {
      int[] minima = textMinima(all);
      for (int i = 0; i < HASHES; i++) {
        // A byte of the minimum mixed: its own low bits depend only on the shingle's low bits.
        sketch[i] = (byte) mix(minima[i]);
      }
      for (int b = 0; b < TEXT_BANDS; b++) {
        textBands[b] = bandKey(b, minima, b * ROWS, ROWS);
      }
    }
    char[] words = scan.contentWords();
    int[] titleBands =
        content.length >= MIN_TITLE_WORDS ? wordBands(content, TEXT_BANDS) : new int[0];
    List<String> factWords = Facts.of(title, body);
    char[] facts = new char[factWords.size()];
    for (int i = 0; i < facts.length; i++) {
      String fact = factWords.get(i);
      boolean figure = Character.isDigit(fact.charAt(0));
      facts[i] = (char) (mix(fact.hashCode()) & ~FIGURE | (figure ? FIGURE : 0));
    }
    int[] factBands =
        facts.length >= MIN_FACTS
            ? wordBands(
                factWords.stream().mapToInt(String::hashCode).distinct().toArray(),
                TEXT_BANDS + TITLE_BANDS)
            : new int[0];
    return new StorySignature(
        sketch,
        words,
        shingles,
        content,
        facts,
        textBands,
        titleBands,
        factBands,
        WireMarks.comment(title));
  }

  /**
   * The MinHash band keys of a set of distinct word hashes, numbered from {@code firstBand}:
   * {@value #TITLE_HASHES} MinHashes in {@value #TITLE_BANDS} bands of {@value #TITLE_ROWS}.
   */
  private static int[] wordBands(int[] words, int firstBand) {
    int[] minima = new int[TITLE_HASHES];
    Arrays.fill(minima, Integer.MAX_VALUE);
    for (int word : words) {
      int mixed = (int) mix(word);
      for (int i = 0; i < TITLE_HASHES; i++) {
        minima[i] = Math.min(minima[i], MULTIPLIERS[i] * mixed + ADDENDS[i]);
      }
    }
    int[] bands = new int[TITLE_BANDS];
    for (int b = 0; b < TITLE_BANDS; b++) {
      bands[b] = bandKey(firstBand + b, minima, b * TITLE_ROWS, TITLE_ROWS);
    }
    return bands;
  }

  /**
   * The first {@value Facts#MAX} names and figures of an article, in order, in lower case: what
   * {@link #facts} holds hashed.
   */
  public static List<String> factWords(String title, String body) {
    return Facts.of(title, body);
  }

  /** The story id of a story whose first article has the id {@code articleId}. */
  public static long storyOf(String articleId) {
    return hash64(articleId);
  }

  /**
   * Whether this article and {@code other}, published {@code daysApart} days apart (negative when
   * either is undated), tell the same story.
   */
  public boolean sameStory(StorySignature other, long daysApart) {
    double text = textSimilarity(other);
    if (text >= SAME_COPY) {
      return true;
    }
    double held = containment(other, text);
    boolean consistent = held >= WHOLLY_HELD || figuresAgree(other);
    boolean revised = daysApart >= 0 && daysApart <= SAME_FACTS_DAYS && sameSubject(other);
    if (daysApart <= SAME_TEXT_DAYS
        && (consistent || revised)
        && (text >= SAME_TEXT || text >= SAME_UPDATE_FLOOR && held >= SAME_UPDATE)) {
      return true;
    }
    // A comment on the news is not a copy of the report, however alike their names and figures.
    return daysApart >= 0
        && comment == other.comment
        && (daysApart <= SAME_TITLE_DAYS
                && consistent
                && titleWords.length >= MIN_TITLE_WORDS
                && other.titleWords.length >= MIN_TITLE_WORDS
                && titleSimilarity(other) >= SAME_TITLE
            || daysApart <= SAME_FACTS_DAYS
                && (sameFacts(other) || reworded(other) || retold(other, daysApart)));
  }

  /**
   * Whether one article retells the other's news where they give too few figures to compare: each
   * gives {@value #MIN_FACTS} facts or more, both name one subject most, the one naming fewer names
   * gives {@link #SAME_NAMES} of them in the other, no figure of theirs disagrees, and their words
   * weighted by rarity are {@link #SAME_RARE_WORDS} alike; or, published within {@value
   * #SAME_HEADLINE_DAYS} day and headlined alike ({@link #SAME_HEADLINE_WORDS}), {@link
   * #SAME_NAMES_OF_HEADLINED} of the names and {@link #SAME_RARE_HEADLINED} of the rare words. A
   * company's other news of the week names its subject and people too, but in words of its own; a
   * brief's one name and figure say too little.
   */
  private boolean retold(StorySignature other, long daysApart) {
    if (Math.min(facts.length, other.facts.length) < MIN_FACTS
        || !sameSubject(other)
        || !figuresAgree(other)) {
      return false;
    }
    char[] myNames = distinct(facts, false);
    char[] theirNames = distinct(other.facts, false);
    int fewerNames = Math.min(myNames.length, theirNames.length);
    if (fewerNames == 0) {
      return false;
    }
    int sharedNames = shared(myNames, theirNames);
    double rareWords = raritySimilarity(other);
    boolean sharesFigure = shared(distinct(facts, true), distinct(other.facts, true)) > 0;
    return sharedNames >= SAME_NAMES * fewerNames
            && rareWords >= (sharesFigure ? SAME_RARE_WITH_FIGURE : SAME_RARE_WORDS)
        || daysApart <= SAME_HEADLINE_DAYS
            && sharedNames >= SAME_NAMES_OF_HEADLINED * fewerNames
            && rareWords >= SAME_RARE_HEADLINED
            && titleSimilarity(other) >= SAME_HEADLINE_WORDS;
  }

  /**
   * Whether one article is the other's news written up anew: the one naming fewer names gives
   * {@link #SAME_NAMES} of its names in the other, and either they share {@link #SAME_WORDS} of
   * their content words and the one giving fewer figures gives at least one and none the other
   * lacks, or each gives {@value #MIN_FACTS} facts or more, their words weighted by rarity are
   * {@link #SAME_RARE_WORDS} alike and {@link #SAME_FIGURES_OF_REWRITE} of those figures are the
   * other's (a one-line brief's rare words are its company's name); or, with only {@link
   * #SAME_NAMES_OF_RECOUNT} of the names, the rare words agree and every one of at least {@value
   * #MIN_FIGURES} figures of the fewer is the other's, or half of them are and the rare words are
   * {@link #SAME_RARE_STORY} alike, or every one is, both name one subject most and the rare words
   * are {@link #SAME_RARE_OF_EVERY_FIGURE} alike. A company's next announcement, or a roundup,
   * names the same names and changes or adds figures; two write-ups of one recall, deal or result
   * give the same counts and sums in their own sentences.
   */
  boolean reworded(StorySignature other) {
    char[] myNames = distinct(facts, false);
    char[] theirNames = distinct(other.facts, false);
    char[] myFigures = distinct(facts, true);
    char[] theirFigures = distinct(other.facts, true);
    int fewerNames = Math.min(myNames.length, theirNames.length);
    int fewerFigures = Math.min(myFigures.length, theirFigures.length);
    int sharedNames = shared(myNames, theirNames);
    if (fewerNames == 0 || sharedNames < SAME_NAMES_OF_RECOUNT * fewerNames || fewerFigures == 0) {
      return false;
    }
    boolean namesAgree = sharedNames >= SAME_NAMES * fewerNames;
    int sharedFigures = shared(myFigures, theirFigures);
    boolean everyFigure = sharedFigures == fewerFigures;
    if (namesAgree && everyFigure && wordSimilarity(other) >= SAME_WORDS) {
      return true;
    }
    boolean figuresAgree = fewerFigures >= MIN_FIGURES && 2 * sharedFigures >= fewerFigures;
    boolean rewrite =
        (namesAgree && sharedFigures >= SAME_FIGURES_OF_REWRITE * fewerFigures
                || everyFigure && fewerFigures >= MIN_FIGURES)
            && Math.min(facts.length, other.facts.length) >= MIN_FACTS;
    if (!rewrite && !figuresAgree) {
      return false;
    }
    double rareWords = raritySimilarity(other);
    return rewrite && rareWords >= SAME_RARE_WORDS
        || figuresAgree && rareWords >= SAME_RARE_STORY
        || everyFigure
            && fewerFigures >= MIN_FIGURES
            && rareWords >= SAME_RARE_OF_EVERY_FIGURE
            && sameSubject(other);
  }

  /** How many of the sorted distinct values {@code mine} are among the sorted {@code theirs}. */
  private static int shared(char[] mine, char[] theirs) {
    int shared = 0;
    for (char value : mine) {
      if (Arrays.binarySearch(theirs, value) >= 0) {
        shared++;
      }
    }
    return shared;
  }

  /**
   * Whether the two articles give the same facts in the same order: the longest sequence of facts
   * common to both is {@link #SAME_FACTS} of the shorter's and {@link #SAME_FACTS_OF_LONGER} of the
   * longer's, or {@link #SAME_FACTS_OF_BRIEF} of the shorter's, and their figures agree.
   */
  boolean sameFacts(StorySignature other) {
    int shorter = Math.min(facts.length, other.facts.length);
    int longer = Math.max(facts.length, other.facts.length);
    if (shorter < MIN_FACTS) {
      return false;
    }
    int common = commonSequence(facts, other.facts);
    return common >= SAME_FACTS * shorter
        && (common >= SAME_FACTS_OF_LONGER * longer || common >= SAME_FACTS_OF_BRIEF * shorter)
        && figuresAgree(other);
  }

  /**
   * Whether both articles name one subject most: the same name, more often than any other of its
   * facts in each. An update of a report revises its figures (a recall widened, a count of jobs cut
   * corrected) and keeps its company, while a template filled in for another company keeps its
   * words and changes the name it is about (a tie names no subject); a long article's subject is
   * read from its first facts only. Taken only within {@value #SAME_FACTS_DAYS} days, as updates
   * follow within a day or two; a follow-up about the same company still has to pass the text
   * rules, and in the labelled sets such follow-ups hold at most 0.59 of each other.
   */
  private boolean sameSubject(StorySignature other) {
    int subject = subject(facts);
    return subject != NO_SUBJECT && subject == subject(other.facts);
  }

  /** The name most frequent among {@code facts}, more than any other, or {@link #NO_SUBJECT}. */
  private static int subject(char[] facts) {
    char[] names = new char[facts.length];
    int count = 0;
    for (char fact : facts) {
      if ((fact & FIGURE) == 0) {
        names[count++] = fact;
      }
    }
    Arrays.sort(names, 0, count);
    int best = NO_SUBJECT;
    int bestRun = 0;
    boolean tied = false;
    for (int start = 0, end; start < count; start = end) {
      end = start + 1;
      while (end < count && names[end] == names[start]) {
        end++;
      }
      if (end - start > bestRun) {
        best = names[start];
        bestRun = end - start;
        tied = false;
      } else if (end - start == bestRun) {
        tied = true;
      }
    }
    return tied ? NO_SUBJECT : best;
  }

  /**
   * Whether the two articles' figures agree: where each gives at least {@value #MIN_FIGURES}, at
   * least half of the fewer are the other's too. A copy keeps its figures however it is worded,
   * while one template filled in on consecutive days (a market wrap, a list of the day's movers)
   * keeps its names in order and changes its figures.
   */
  private boolean figuresAgree(StorySignature other) {
    char[] mine = distinct(facts, true);
    char[] theirs = distinct(other.facts, true);
    int fewer = Math.min(mine.length, theirs.length);
    return fewer < MIN_FIGURES || 2 * shared(mine, theirs) >= fewer;
  }

  /** The distinct figures among {@code facts}, or else the distinct names, sorted. */
  private static char[] distinct(char[] facts, boolean figure) {
    char[] kept = new char[facts.length];
    int count = 0;
    for (char fact : facts) {
      if (((fact & FIGURE) != 0) == figure) {
        kept[count++] = fact;
      }
    }
    return sortedDistinct(kept, count);
  }

  /** The distinct values among the first {@code count} of {@code values}, sorted. */
  private static char[] sortedDistinct(char[] values, int count) {
    Arrays.sort(values, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        values[distinct++] = values[i];
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  /** The length of the longest common subsequence of {@code a} and {@code b}. */
  private static int commonSequence(char[] a, char[] b) {
    int[] row = new int[b.length + 1];
    for (char x : a) {
      int diagonal = 0; // the row above's value one column left
      for (int j = 1; j <= b.length; j++) {
        int above = row[j];
        row[j] = x == b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]);
        diagonal = above;
      }
    }
    return row[b.length];
  }

  /**
   * The shingle Jaccard similarity estimated from the sketches: the share of equal bytes, less the
   * 1/256 that unrelated bytes agree by chance.
   */
  public double textSimilarity(StorySignature other) {
    if (sketch.length != HASHES || other.sketch.length != HASHES) {
      return 0;
    }
    int equal = 0;
    for (int i = 0; i < HASHES; i++) {
      if (sketch[i] == other.sketch[i]) {
        equal++;
      }
    }
    double chance = 1.0 / 256;
    return Math.max(0, ((double) equal / HASHES - chance) / (1 - chance));
  }

  /**
   * The Jaccard similarity of the two articles' sets of content words (of {@value #CONTENT_WORD}
   * letters or more, the commonest out). Counted, not estimated as the text's is: a sketch's error
   * (0.04 for 128 bins) is as wide as the gap between write-ups and other stories.
   */
  public double wordSimilarity(StorySignature other) {
    int shared = shared(words, other.words);
    int union = words.length + other.words.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /**
   * The cosine similarity of the two articles' sets of content words, each word weighted by its
   * rarity in news ({@link WordRarity}): a shared "coolant" tells more than a shared "company".
   */
  public double raritySimilarity(StorySignature other) {
    double mine = 0;
    double theirs = 0;
    double shared = 0;
    for (char word : words) {
      double weight = WordRarity.weight(word);
      mine += weight * weight;
      if (Arrays.binarySearch(other.words, word) >= 0) {
        shared += weight * weight;
      }
    }
    for (char word : other.words) {
      double weight = WordRarity.weight(word);
      theirs += weight * weight;
    }
    return mine == 0 || theirs == 0 ? 0 : shared / Math.sqrt(mine * theirs);
  }

  /** The 16-bit hash by which {@link #words} keeps the content word {@code word}. */
  static char contentWordHash(String word) {
    return (char) new WordScan(false).add(word).hashes()[0];
  }

  /**
   * The share of the shorter text's shingles that the longer holds, from their Jaccard similarity
   * {@code text} and sizes: the shared shingles are J·(a + b)/(1 + J).
   */
  double containment(StorySignature other, double text) {
    int shorter = Math.min(shingles, other.shingles);
    return shorter == 0 ? 0 : text * (shingles + other.shingles) / ((1 + text) * shorter);
  }

  /** The exact Jaccard similarity of the two headlines' content words. */
  public double titleSimilarity(StorySignature other) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < titleWords.length && j < other.titleWords.length) {
      int order = Integer.compare(titleWords[i], other.titleWords[j]);
      if (order == 0) {
        shared++;
      }
      i += order <= 0 ? 1 : 0;
      j += order >= 0 ? 1 : 0;
    }
    int union = titleWords.length + other.titleWords.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> words(String text) {
    List<String> words = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean wordChar = i < text.length() && Words.isWordChar(text.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  /**
   * One pass over an article's text: the hashes of its lower-cased runs of letters and digits, as
   * {@link #words} would give them hashed, without making a string of each, and its content words
   * for {@link #wordSimilarity}.
   */
  private static final class WordScan {

    private final boolean content;
    private long[] hashes = new long[256];
    private int count;
    private char[] contentWords = new char[128];
    private int contentCount;

    /** A scan that also keeps the content words when {@code content}. */
    WordScan(boolean content) {
      this.content = content;
    }

    /** This scan with the words of {@code text} added, as apart from the text before. */
    WordScan add(String text) {
      long h = 0;
      int length = 0;
      for (int i = 0; i <= text.length(); i++) {
        char c = i < text.length() ? text.charAt(i) : ' ';
        if (Words.isWordChar(c)) {
          h = (length > 0 ? h : FNV_OFFSET) ^ Character.toLowerCase(c);
          h *= FNV_PRIME;
          length++;
        } else if (length > 0) {
          word(mix(h), length);
          length = 0;
        }
      }
      return this;
    }

    private void word(long hash, int length) {
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      hashes[count++] = hash;
      if (content && length >= CONTENT_WORD && contentCount < MAX_CONTENT_WORDS && !common(hash)) {
        if (contentCount == contentWords.length) {
          contentWords = Arrays.copyOf(contentWords, contentCount * 2);
        }
        contentWords[contentCount++] = (char) hash;
      }
    }

    /** The words' hashes, in order. */
    long[] hashes() {
      return Arrays.copyOf(hashes, count);
    }

    /**
     * The distinct content words among the first {@value #MAX_CONTENT_WORDS}, each hashed to 16
     * bits, sorted: words of {@value #CONTENT_WORD} letters and digits or more, the commonest left
     * out.
     */
    char[] contentWords() {
      return sortedDistinct(contentWords, contentCount);
    }
  }

  /**
   * Each bin's minimum over the shingles (one shingle of all words when fewer), an empty bin
   * densified: it takes the minimum of the first non-empty bin in a sequence its number seeds, the
   * same sequence in every article, so two articles' borrowed minima agree as often as their own.
   */
  private static int[] textMinima(long[] wordHashes) {
    int[] minima = new int[HASHES];
    Arrays.fill(minima, EMPTY);
    int shingles = Math.max(1, wordHashes.length - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0;
      for (int k = s; k < Math.min(s + SHINGLE, wordHashes.length); k++) {
        h = h * 0x9E3779B97F4A7C15L + wordHashes[k];
      }
      int shingle = (int) mix(h);
      int bin = shingle >>> (Integer.SIZE - BIN_BITS);
      minima[bin] = Math.min(minima[bin], shingle & (EMPTY >>> BIN_BITS));
    }
    int[] densified = minima.clone();
    for (int bin = 0; bin < HASHES; bin++) {
      for (long probe = 1; densified[bin] == EMPTY; probe++) {
        densified[bin] = minima[(int) mix(((long) bin << 32) + probe) & (HASHES - 1)];
      }
    }
    return densified;
  }

  /**
   * The headline's content words, distinct, in order: lower-cased runs of letters and digits of the
   * headline without a wire's slug ({@link WireMarks}), stop words out, a plural or third-person
   * {@code s} off.
   */
  public static List<String> headlineWords(String title) {
    return words(WireMarks.headline(title)).stream()
        .filter(w -> !STOP_WORDS.contains(w))
        .map(
            w ->
                w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                    ? w.substring(0, w.length() - 1)
                    : w)
        .distinct()
        .toList();
  }

  /**
   * How many of this headline's content words another must share to be a headline match: the shared
   * words are at least {@value #SAME_TITLE} of the union, which holds all of this one's.
   */
  public int headlineWordsToShare() {
    return (int) Math.ceil(SAME_TITLE * titleWords.length - 1e-9);
  }

  private static int bandKey(int band, int[] minima, int from, int rows) {
    long h = band;
    for (int r = from; r < from + rows; r++) {
      h = h * 0x9E3779B97F4A7C15L + minima[r];
    }
    return (int) mix(h);
  }

  /** A 64-bit hash of the text: FNV-1a over its chars, then mixed. */
  private static long hash64(String text) {
    long h = FNV_OFFSET;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the whole result. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private static int[] constants(long seed, int count) {
    int[] values = new int[count];
    long state = seed;
    for (int i = 0; i < count; i++) {
      state += 0x9E3779B97F4A7C15L;
      values[i] = (int) mix(state) | 1;
    }
    return values;
  }
}

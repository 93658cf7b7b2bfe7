package newsarchive.search.lucene;

import java.io.IOException;
import newsarchive.search.SearchRequest;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The documents of one story in 2<sup>level</sup>, a fixed pseudo-random choice of stories: what a
 * broad search counts instead of all its matches (as Elasticsearch's {@code random_sampler} and
 * Algolia's non-exhaustive facet counts do). Counting a ten-million-article archive's four million
 * matches of a frequent word takes hundreds of milliseconds; counting the fifty thousand of them in
 * a sample and scaling up takes a few, and gives every count of a few hundred or more within a few
 * percent. Stories are sampled rather than articles so that all versions of a story are in or out
 * together: the number of distinct stories in the sample then scales up as articles do.
 *
 * <p>A level's sample is nested in the one below it, and the same for every query and every index
 * version, so a search asked twice counts the same.
 */
final class StorySample extends Query {

  /** The sparsest sample: one story in 2<sup>30</sup>. */
  static final int MAX_LEVEL = 30;

  private final FacetTable table;
  private final int level;

  /**
   * The documents of {@code table}'s index version whose story is in the sample of {@code level}.
   */
  StorySample(FacetTable table, int level) {
    this.table = table;
    this.level = level;
  }

  /**
   * The sample level for a search that visits about {@code matches} documents when {@code
   * exactUpTo} may be counted exactly: 0 (count them all) up to that many, else the first level
   * whose sample holds at most that many.
   */
  static int level(long matches, long exactUpTo) {
    int level = 0;
    while (level < MAX_LEVEL && (matches >>> level) > exactUpTo) {
      level++;
    }
    return level;
  }

  /**
   * How many hits a sample must hold for its estimates to stand, when {@code exactUpTo} may be
   * counted exactly: fewer, and the filters left too few of the visited matches to estimate the
   * total within about two percent, so every match is counted instead.
   */
  static long enoughHits(long exactUpTo) {
    return Math.max(1, Math.min(exactUpTo, SearchRequest.EXACT_UP_TO) / 32);
  }

  /**
   * The level to try after the sample of {@code level} held only {@code hits} of the {@code enough}
   * hits an estimate needs: the sparsest whose sample should hold twice that many (so that chance
   * seldom leaves it short), each level down holding twice as many hits; 0 (count every match) when
   * none should. Filters that leave few of the visited matches are then estimated from a denser
   * sample rather than counted whole.
   */
  static int denser(int level, long hits, long enough) {
    long expected = Math.max(1, hits);
    int denser = level;
    while (denser > 0 && expected < 2 * enough) {
      denser--;
      expected <<= 1;
    }
    return denser;
  }

  /**
   * About how many documents {@code query} matches on {@code snapshot}, at most: exact where Lucene
   * can tell without searching (a word's document count), else the cost its iterators report, which
   * may be more than the matches (the rarest word of an AND, every word of an OR).
   */
  static long matchesAtMost(IndexSnapshot snapshot, Query query) throws IOException {
    Weight weight =
        snapshot.createWeight(snapshot.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long matches = 0;
    for (LeafReaderContext leaf : snapshot.getIndexReader().leaves()) {
      int count = weight.count(leaf);
      if (count >= 0) {
        matches += count;
      } else {
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        matches += supplier == null ? 0 : Math.min(supplier.cost(), leaf.reader().maxDoc());
      }
    }
    return matches;
  }

  /**
   * A number of matches, exact or estimated.
   *
   * @param count the number, or its estimate
   * @param level 0 when exact; else the level of the sample it was scaled up from
   */
  record Count(long count, int level) {

    /** The fraction of the stories sampled, or {@code null} when the count is exact. */
    Double rate() {
      return StorySample.rate(level);
    }
  }

  /** The fraction of the stories in the sample of {@code level}, or {@code null} for level 0. */
  static Double rate(int level) {
    return level == 0 ? null : 1.0 / (1L << level);
  }

  /**
   * How many documents {@code query} matches on {@code snapshot}: counted when they are at most
   * about {@code exactUpTo}, else estimated from the sparsest sample that holds enough of them.
   */
  static Count count(IndexSnapshot snapshot, Query query, long exactUpTo) throws IOException {
    int level = level(matchesAtMost(snapshot, query), exactUpTo);
    while (level > 0) {
      int sampled = snapshot.count(within(query, snapshot.facets(), level));
      if (sampled >= enoughHits(exactUpTo)) {
        return new Count((long) sampled << level, level);
      }
      level = denser(level, sampled, enoughHits(exactUpTo));
    }
    return new Count(snapshot.count(query), 0);
  }

  /** The matches of {@code query} in the sample of {@code level} of {@code table}'s version. */
  static Query within(Query query, FacetTable table, int level) {
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(new StorySample(table, level), Occur.FILTER)
        .build();
  }

  /** Whether the story {@code story} is in the sample of {@code level}. */
  static boolean contains(long story, int level) {
    // SplitMix64's finalizer: neighbouring story ids land far apart.
    long z = story * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return Long.numberOfLeadingZeros(z) >= level;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        DocIdSetIterator sampled = table.segment(context.ord).sample(level).iterator();
        return sampled == null
            ? null
            : new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, sampled));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false; // kept by the segment's columns already
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "StorySample(1/" + (1L << level) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && table == ((StorySample) other).table
        && level == ((StorySample) other).level;
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(table) + level;
  }
}

package newsarchive.search;

import java.util.Arrays;
import java.util.Comparator;
import newsarchive.query.UserQueryParser;

/**
 * The reordering of the first matches in relevance order that both backends share: the first
 * {@value #WINDOW} by their score plus a rescore query's (the words' proximity and the companies
 * named as subjects, {@link newsarchive.query.RescoreWords}), read for those few articles only,
 * where a clause in the search itself would read positions for every match. The rest keep their
 * order, which the window's members all precede, so the list stays one list whatever is paged.
 *
 * <p>A question for when something happened ("when did chatgpt launch", "when did microsoft first
 * invest in openai", {@link newsarchive.query.UserQueryParser#asksWhen}) puts the best matches in
 * the order they were published: the report of the event and the later articles that recall it
 * score alike, and the earliest is the answer. A question for someone's successor ("who replaced
 * gelsinger at intel", {@link newsarchive.query.UserQueryParser#asksWhoFollowed}) puts them newest
 * first: the articles on the predecessor's own tenure name him as often, and came before.
 */
public final class Rescore {

  /** How the best matches of the window are ordered. */
  public enum Best {
    /** By score, as every other match. */
    BY_SCORE,
    /** Oldest first: a question for when something happened. */
    OLDEST_FIRST,
    /** Newest first: a question for someone's successor. */
    NEWEST_FIRST;

    /** How the best matches for {@code query} (as typed) are ordered. */
    public static Best of(String query) {
      if (UserQueryParser.asksWhen(query)) {
        return OLDEST_FIRST;
      }
      return UserQueryParser.asksWhoFollowed(query) ? NEWEST_FIRST : BY_SCORE;
    }
  }

  /** How many of the first matches are reordered: the first pages people read. */
  public static final int WINDOW = 50;

  /**
   * How near the best score (a share of it) a match must come to count among the best matches that
   * a question for when something happened lists oldest first. Any share from 0.6 to 0.9 ranked the
   * judged questions alike (see README, "Relevance"): the reports of each time score within a few
   * percent of one another, while an older article that names the words in passing scores far
   * below.
   */
  static final float BEST = 0.8f;

  /**
   * The share of the best score that a match must reach to count among the best matches that a
   * question for someone's successor lists newest first. The answer names the predecessor once, in
   * passing, where the articles on his own tenure name him in the headline and throughout, so it
   * scores about half as much as they do, less when the question gives his whole name ("who
   * replaced gelsinger at intel": 0.58; "who replaced pat gelsinger at intel": under 0.5).
   */
  static final float SUCCESSOR_BEST = 0.4f;

  private Rescore() {}

  /**
   * The order of hits scored {@code scores} in relevance order once {@code added} (the rescore
   * query's score of each, 0 where it does not match) is added: their indexes, highest sum first,
   * equal sums in their first order (which already breaks ties by date and id). Unless {@code best}
   * is {@link Best#BY_SCORE}, the hits that come within {@link #BEST} of the best sum ({@link
   * #SUCCESSOR_BEST} for a successor) come first, in that order by {@code published} (epoch
   * milliseconds, {@link Long#MAX_VALUE} where unknown: an undated article counts as the newest).
   */
  public static int[] order(float[] scores, float[] added, long[] published, Best best) {
    float[] sums = new float[scores.length];
    float top = 0;
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      sums[i] = scores[i] + added[i];
      top = Math.max(top, sums[i]);
    }
    float bar =
        switch (best) {
          case BY_SCORE -> Float.POSITIVE_INFINITY;
          case OLDEST_FIRST -> BEST * top;
          case NEWEST_FIRST -> SUCCESSOR_BEST * top;
        };
    Arrays.sort( // stable
        order,
        Comparator.comparing((Integer i) -> sums[i] < bar)
            .thenComparingLong(
                i -> sums[i] < bar ? 0 : best == Best.NEWEST_FIRST ? -published[i] : published[i])
            .thenComparing(Comparator.comparingDouble((Integer i) -> sums[i]).reversed()));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }
}

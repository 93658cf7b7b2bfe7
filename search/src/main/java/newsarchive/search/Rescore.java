package newsarchive.search;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The reordering of the first matches in relevance order that both backends share: the first
 * {@value #WINDOW} by their score plus a rescore query's (the words' proximity and the companies
 * named as subjects, {@link newsarchive.query.RescoreWords}), read for those few articles only,
 * where a clause in the search itself would read positions for every match. The rest keep their
 * order, which the window's members all precede, so the list stays one list whatever is paged.
 */
public final class Rescore {

  /** How many of the first matches are reordered: the first pages people read. */
  public static final int WINDOW = 50;

  private Rescore() {}

  /**
   * The order of hits scored {@code scores} in relevance order once {@code added} (the rescore
   * query's score of each, 0 where it does not match) is added: their indexes, highest sum first,
   * equal sums in their first order (which already breaks ties by date and id).
   */
  public static int[] order(float[] scores, float[] added) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort( // stable
        order, Comparator.comparingDouble((Integer i) -> scores[i] + added[i]).reversed());
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }
}

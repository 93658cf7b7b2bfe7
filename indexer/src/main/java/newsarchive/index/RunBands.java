package newsarchive.index;

import java.util.function.IntConsumer;

/**
 * The story band keys of the articles written in one reindex run, each leading to the articles that
 * have it: the run's own articles are not in the index the run started from, and a wire story
 * usually arrives as several copies in one batch. An open-addressing table of longs (key in the
 * high half, article number + 1 in the low), 8 to 27 bytes a band (load 0.3 to 0.6), since a full
 * rebuild holds every article's bands at once.
 */
final class RunBands {

  private static final double MAX_LOAD = 0.6;

  private long[] slots = new long[1 << 12];
  private int used;

  /** Record that article number {@code article} of the run has the band {@code key}. */
  void add(int key, int article) {
    if (used + 1 > slots.length * MAX_LOAD) {
      grow();
    }
    insert(slots, ((long) key << 32) | (article + 1L));
    used++;
  }

  /** Pass every article number recorded with the band {@code key} to {@code action}. */
  void forEach(int key, IntConsumer action) {
    int mask = slots.length - 1;
    for (int i = start(key, mask); slots[i] != 0; i = (i + 1) & mask) {
      if ((int) (slots[i] >>> 32) == key) {
        action.accept((int) slots[i] - 1);
      }
    }
  }

  private void grow() {
    long[] larger = new long[slots.length * 2];
    for (long slot : slots) {
      if (slot != 0) {
        insert(larger, slot);
      }
    }
    slots = larger;
  }

  private static void insert(long[] table, long slot) {
    int mask = table.length - 1;
    int i = start((int) (slot >>> 32), mask);
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = slot;
  }

  /** Band keys are hashes already; a multiply spreads them once more for the table's low bits. */
  private static int start(int key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }
}

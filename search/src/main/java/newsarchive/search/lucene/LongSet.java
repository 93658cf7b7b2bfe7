package newsarchive.search.lucene;

import java.util.function.LongConsumer;

/**
 * A set of longs in one array (open addressing), for counting distinct stories over hundreds of
 * thousands of matches without boxing each.
 */
final class LongSet {

  private long[] slots = new long[64];
  private int size;

  /** Whether 0 was added: a slot's 0 means empty. */
  private boolean hasZero;

  /** Add {@code key}. */
  void add(long key) {
    if (key == 0) {
      size += hasZero ? 0 : 1;
      hasZero = true;
      return;
    }
    if ((size + 1) * 2 > slots.length) {
      long[] old = slots;
      slots = new long[old.length * 2];
      for (long slot : old) {
        if (slot != 0) {
          place(slot);
        }
      }
    }
    if (place(key)) {
      size++;
    }
  }

  /** Add every key of {@code other}. */
  void addAll(LongSet other) {
    other.forEach(this::add);
  }

  /** The number of distinct keys added. */
  int size() {
    return size;
  }

  /** Pass every key to {@code action}. */
  void forEach(LongConsumer action) {
    if (hasZero) {
      action.accept(0);
    }
    for (long slot : slots) {
      if (slot != 0) {
        action.accept(slot);
      }
    }
  }

  /** Put {@code key} in its slot; whether it was not there yet. */
  private boolean place(long key) {
    int mask = slots.length - 1;
    int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    while (slots[i] != 0) {
      if (slots[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = key;
    return true;
  }
}

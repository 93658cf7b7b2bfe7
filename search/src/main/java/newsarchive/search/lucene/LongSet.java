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

  /** Add {@code key}; whether it was not there yet. */
  boolean add(long key) {
    if (key == 0) {
      boolean added = !hasZero;
      size += added ? 1 : 0;
      hasZero = true;
      return added;
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
      return true;
    }
    return false;
  }

  /** Whether {@code key} was added. */
  boolean contains(long key) {
    if (key == 0) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = slot(key, mask); slots[i] != 0; i = (i + 1) & mask) {
      if (slots[i] == key) {
        return true;
      }
    }
    return false;
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
    int i = slot(key, mask);
    while (slots[i] != 0) {
      if (slots[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = key;
    return true;
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }
}

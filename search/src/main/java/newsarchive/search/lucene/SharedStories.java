package newsarchive.search.lucene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.FixedBitSet;

/**
 * The stories of more than one document in one index version, numbered from 0, so that a search
 * counts distinct stories by setting bits rather than by hashing story ids: at a million articles,
 * typing "chi" spent two thirds of its time in hash sets of story ids. Most articles are the only
 * version of their story and count as articles do; only the others have a number.
 *
 * <p>Per segment it keeps a bit per document (whether its story is shared) and the story number of
 * each shared document, in document order, found by the rank of the document's bit: 4 bytes per
 * shared document rather than per document, which a 512 MB server at ten million articles has no
 * room for. Deleted documents count as versions, which at worst numbers a story that has one live
 * version.
 */
final class SharedStories {

  /** Story ids are sorted in this many parts, by their low bits (a power of two). */
  private static final int PARTS = 8;

  private final int count;
  private final List<Segment> segments;

  private SharedStories(int count, List<Segment> segments) {
    this.count = count;
    this.segments = segments;
  }

  /** One segment's documents whose story is shared, and those stories' numbers. */
  static final class Segment {
    private final FixedBitSet shared;
    private final long[] bits;

    /** Shared documents before each block of 64 documents. */
    private final int[] ranks;

    /** The story number of each shared document, in document order. */
    private final int[] stories;

    private Segment(FixedBitSet shared, int[] stories) {
      this.shared = shared;
      this.bits = shared.getBits();
      this.stories = stories;
      this.ranks = new int[bits.length];
      int rank = 0;
      for (int block = 0; block < bits.length; block++) {
        ranks[block] = rank;
        rank += Long.bitCount(bits[block]);
      }
    }

    /** Whether {@code doc}'s story has other documents. */
    boolean isShared(int doc) {
      return shared.get(doc);
    }

    /** The number of {@code doc}'s story; only for a shared one. */
    int story(int doc) {
      int block = doc >> 6;
      long before = bits[block] & ((1L << (doc & 63)) - 1);
      return stories[ranks[block] + Long.bitCount(before)];
    }
  }

  /** The shared stories across {@code segments}, numbered in the order of their ids. */
  static SharedStories of(List<SegmentColumns> segments) {
    long[] repeated = repeatedStories(segments);
    List<Segment> numbered = new ArrayList<>();
    for (SegmentColumns columns : segments) {
      FixedBitSet shared = new FixedBitSet(Math.max(1, columns.maxDoc()));
      int[] stories = new int[16];
      int next = 0;
      for (int doc = 0; doc < columns.maxDoc(); doc++) {
        int story = Arrays.binarySearch(repeated, columns.story(doc));
        if (story >= 0) {
          shared.set(doc);
          if (next == stories.length) {
            stories = Arrays.copyOf(stories, next * 2);
          }
          stories[next++] = story;
        }
      }
      numbered.add(new Segment(shared, Arrays.copyOf(stories, next)));
    }
    return new SharedStories(repeated.length, numbered);
  }

  /**
   * The ids of the stories of more than one document, ascending. Sorting a copy of every story
   * finds them; a hash set of every story would take four times the memory. The copy is made in
   * {@value #PARTS} parts by the story's low bits, so that at ten million articles it takes 10 MB
   * at a time rather than 80 MB beside the columns, which a 512 MB server cannot spare.
   */
  private static long[] repeatedStories(List<SegmentColumns> segments) {
    long[] repeated = new long[16];
    int count = 0;
    for (int part = 0; part < PARTS; part++) {
      long[] stories = storiesOfPart(segments, part);
      Arrays.sort(stories);
      for (int i = 1; i < stories.length; i++) {
        if (stories[i] == stories[i - 1] && (i == 1 || stories[i - 2] != stories[i])) {
          if (count == repeated.length) {
            repeated = Arrays.copyOf(repeated, count * 2);
          }
          repeated[count++] = stories[i];
        }
      }
    }
    repeated = Arrays.copyOf(repeated, count);
    Arrays.sort(repeated);
    return repeated;
  }

  /** Every document's story whose low bits are {@code part}, in no order. */
  private static long[] storiesOfPart(List<SegmentColumns> segments, int part) {
    int count = 0;
    for (SegmentColumns columns : segments) {
      for (int doc = 0; doc < columns.maxDoc(); doc++) {
        count += (columns.story(doc) & (PARTS - 1)) == part ? 1 : 0;
      }
    }
    long[] stories = new long[count];
    int next = 0;
    for (SegmentColumns columns : segments) {
      for (int doc = 0; doc < columns.maxDoc(); doc++) {
        long story = columns.story(doc);
        if ((story & (PARTS - 1)) == part) {
          stories[next++] = story;
        }
      }
    }
    return stories;
  }

  /** How many stories are shared. */
  int count() {
    return count;
  }

  /** The shared stories of the segment at {@code leafOrd}. */
  Segment segment(int leafOrd) {
    return segments.get(leafOrd);
  }
}

package newsarchive.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import newsarchive.index.ArticleSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * One index segment's facet values, publication days and stories in plain arrays indexed by
 * document number. Counting facets reads them for every match of a query, hundreds of thousands of
 * times on a broad one, where decoding doc values each time would cost several times the search
 * itself. A segment never changes, so its columns are read once and kept for as long as it lives.
 */
final class SegmentColumns {

  /** The day of an article with no publication date. */
  static final int NO_DAY = Integer.MIN_VALUE;

  private static final long DAY_MILLIS = 86_400_000L;

  private final int[] starts;
  private final int[] ords;
  private final int[] days;
  private final long[] stories;
  private final BytesRef[] paths;

  private SegmentColumns(int[] starts, int[] ords, int[] days, long[] stories, BytesRef[] paths) {
    this.starts = starts;
    this.ords = ords;
    this.days = days;
    this.stories = stories;
    this.paths = paths;
  }

  /** Read the columns of the segment {@code reader}. */
  static SegmentColumns read(LeafReader reader) throws IOException {
    int maxDoc = reader.maxDoc();
    SortedSetDocValues values = DocValues.getSortedSet(reader, facetField());
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc * 4)];
    int used = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = used;
      if (values.advanceExact(doc)) {
        int count = values.docValueCount();
        if (used + count > ords.length) {
          ords = Arrays.copyOf(ords, Math.max(used + count, ords.length * 2));
        }
        for (int i = 0; i < count; i++) {
          ords[used++] = Math.toIntExact(values.nextOrd());
        }
      }
    }
    starts[maxDoc] = used;
    BytesRef[] paths = new BytesRef[Math.toIntExact(values.getValueCount())];
    for (int ord = 0; ord < paths.length; ord++) {
      paths[ord] = BytesRef.deepCopyOf(values.lookupOrd(ord));
    }
    return new SegmentColumns(
        starts, Arrays.copyOf(ords, used), days(reader), stories(reader), paths);
  }

  private static int[] days(LeafReader reader) throws IOException {
    int[] days = new int[reader.maxDoc()];
    Arrays.fill(days, NO_DAY);
    SortedNumericDocValues published = DocValues.getSortedNumeric(reader, ArticleSchema.PUBLISHED);
    for (int doc = published.nextDoc();
        doc != SortedNumericDocValues.NO_MORE_DOCS;
        doc = published.nextDoc()) {
      days[doc] = Math.toIntExact(Math.floorDiv(published.nextValue(), DAY_MILLIS));
    }
    return days;
  }

  /**
   * Every document's story; a document with none (an index written before stories) is its own,
   * numbered after its segment and itself.
   */
  private static long[] stories(LeafReader reader) throws IOException {
    long[] stories = new long[reader.maxDoc()];
    long segment = (long) System.identityHashCode(reader.getCoreCacheHelper()) << 32;
    for (int doc = 0; doc < stories.length; doc++) {
      stories[doc] = segment | doc;
    }
    SortedNumericDocValues story = DocValues.getSortedNumeric(reader, ArticleSchema.STORY);
    for (int doc = story.nextDoc();
        doc != SortedNumericDocValues.NO_MORE_DOCS;
        doc = story.nextDoc()) {
      stories[doc] = story.nextValue();
    }
    return stories;
  }

  /** The doc-values field that holds every dimension's values as facet paths. */
  static String facetField() {
    return ArticleSchema.facetsConfig().getDimConfig(ArticleSchema.COMPANY).indexFieldName;
  }

  /** The facet paths of this segment, by segment ordinal. */
  BytesRef[] paths() {
    return paths;
  }

  /** Where {@code doc}'s ordinals begin in {@link #ords()}. */
  int start(int doc) {
    return starts[doc];
  }

  /** Where {@code doc}'s ordinals end (exclusive) in {@link #ords()}. */
  int end(int doc) {
    return starts[doc + 1];
  }

  /** Every document's segment ordinals, one run per document. */
  int[] ords() {
    return ords;
  }

  /** {@code doc}'s publication day (days since 1970-01-01, UTC), or {@link #NO_DAY}. */
  int day(int doc) {
    return days[doc];
  }

  /** {@code doc}'s story id. */
  long story(int doc) {
    return stories[doc];
  }

  /** The number of documents, deleted ones included. */
  int maxDoc() {
    return days.length;
  }
}

package newsarchive.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import newsarchive.index.ArticleSchema;
import newsarchive.search.CompanyRole;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * One index segment's facet values, publication days and stories in plain arrays indexed by
 * document number. Counting facets reads them for every match of a query, hundreds of thousands of
 * times on a broad one, where decoding doc values each time would cost several times the search
 * itself. A segment never changes, so its columns are read once and kept for as long as it lives.
 *
 * <p>Each document's values are kept in three runs: its companies, the values of every other
 * dimension, then the companies it is the subject of. Counting by either {@link CompanyRole} then
 * walks one contiguous range that holds only the values it can count.
 */
final class SegmentColumns {

  /** The day of an article with no publication date. */
  static final int NO_DAY = Integer.MIN_VALUE;

  private static final long DAY_MILLIS = 86_400_000L;

  /** The runs of a document's values, in their order. */
  private static final byte COMPANIES = 0;

  private static final byte OTHERS = 1;
  private static final byte SUBJECTS = 2;

  private final int[] starts;
  private final int[] othersStarts;
  private final int[] subjectsStarts;
  private final int[] ords;
  private final int[] days;
  private final long[] stories;
  private final BytesRef[] paths;

  /** Per level of {@link StorySample}, its documents here, made when first asked for. */
  private final AtomicReferenceArray<DocIdSet> samples =
      new AtomicReferenceArray<>(StorySample.MAX_LEVEL + 1);

  private SegmentColumns(
      int[] starts,
      int[] othersStarts,
      int[] subjectsStarts,
      int[] ords,
      int[] days,
      long[] stories,
      BytesRef[] paths) {
    this.starts = starts;
    this.othersStarts = othersStarts;
    this.subjectsStarts = subjectsStarts;
    this.ords = ords;
    this.days = days;
    this.stories = stories;
    this.paths = paths;
  }

  /** Read the columns of the segment {@code reader}. */
  static SegmentColumns read(LeafReader reader) throws IOException {
    int maxDoc = reader.maxDoc();
    SortedSetDocValues values = DocValues.getSortedSet(reader, facetField());
    BytesRef[] paths = new BytesRef[Math.toIntExact(values.getValueCount())];
    byte[] runs = new byte[paths.length];
    for (int ord = 0; ord < paths.length; ord++) {
      paths[ord] = BytesRef.deepCopyOf(values.lookupOrd(ord));
      runs[ord] = run(paths[ord]);
    }
    int[] starts = new int[maxDoc + 1];
    int[] othersStarts = new int[maxDoc];
    int[] subjectsStarts = new int[maxDoc];
    int[] ords = new int[Math.max(16, maxDoc * 4)];
    int[] docOrds = new int[16];
    int used = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = used;
      int count = 0;
      if (values.advanceExact(doc)) {
        count = values.docValueCount();
        if (count > docOrds.length) {
          docOrds = new int[count];
        }
        for (int i = 0; i < count; i++) {
          docOrds[i] = Math.toIntExact(values.nextOrd());
        }
        if (used + count > ords.length) {
          ords = Arrays.copyOf(ords, Math.max(used + count, ords.length * 2));
        }
      }
      for (byte run = COMPANIES; run <= SUBJECTS; run++) {
        if (run == OTHERS) {
          othersStarts[doc] = used;
        } else if (run == SUBJECTS) {
          subjectsStarts[doc] = used;
        }
        for (int i = 0; i < count; i++) {
          if (runs[docOrds[i]] == run) {
            ords[used++] = docOrds[i];
          }
        }
      }
    }
    starts[maxDoc] = used;
    return new SegmentColumns(
        starts,
        othersStarts,
        subjectsStarts,
        Arrays.copyOf(ords, used),
        days(reader),
        stories(reader),
        paths);
  }

  /** Which run of a document's values the facet path {@code path} goes in. */
  private static byte run(BytesRef path) {
    String dimension = FacetsConfig.stringToPath(path.utf8ToString())[0];
    return switch (dimension) {
      case ArticleSchema.COMPANY -> COMPANIES;
      case ArticleSchema.SUBJECT_COMPANY -> SUBJECTS;
      default -> OTHERS;
    };
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

  /**
   * Where the values of {@code doc} that can count for a company in {@code role} begin in {@link
   * #ords()}: its companies and other values for {@link CompanyRole#ANY}, its other values and
   * subjects for {@link CompanyRole#SUBJECT}.
   */
  int start(int doc, CompanyRole role) {
    return role == CompanyRole.ANY ? starts[doc] : othersStarts[doc];
  }

  /** Where the values of {@code doc} that can count in {@code role} end (exclusive). */
  int end(int doc, CompanyRole role) {
    return role == CompanyRole.ANY ? subjectsStarts[doc] : starts[doc + 1];
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

  /** The documents whose story is in {@link StorySample}'s sample of {@code level}. */
  DocIdSet sample(int level) {
    DocIdSet sample = samples.get(level);
    if (sample == null) {
      int count = 0;
      for (long story : stories) {
        count += StorySample.contains(story, level) ? 1 : 0;
      }
      DocIdSetBuilder builder = new DocIdSetBuilder(maxDoc());
      DocIdSetBuilder.BulkAdder adder = builder.grow(count);
      for (int doc = 0; doc < maxDoc(); doc++) {
        if (StorySample.contains(stories[doc], level)) {
          adder.add(doc);
        }
      }
      // Two threads may both make it; they make the same set.
      samples.compareAndSet(level, null, builder.build());
      sample = samples.get(level);
    }
    return sample;
  }

  /** The number of documents, deleted ones included. */
  int maxDoc() {
    return days.length;
  }
}

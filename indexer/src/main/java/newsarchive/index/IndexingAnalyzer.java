package newsarchive.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis the index writer applies: the same terms as {@link ArticleSchema#analyzer()}, with
 * title and body read once. The unstemmed {@link ArticleSchema#WORDS} are the words the title's and
 * body's tokenizer found, lower-cased, so instead of tokenizing both texts a second time the writer
 * replays those words for the {@code WORDS} field, whose value it ignores: 4% less CPU for a whole
 * reindex (see the bench diary). It replays each distinct word once, which indexes the same.
 *
 * <p>This relies on how {@code IndexWriter} inverts a document: on one thread, field by field in
 * the order the document holds them, and {@link ArticleSchema#toDocument} adds the title and body
 * before the words. Each thread keeps its own words.
 */
final class IndexingAnalyzer extends Analyzer {

  private final ThreadLocal<ReadWords> read = ThreadLocal.withInitial(ReadWords::new);

  IndexingAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    ReadWords words = read.get();
    if (field.equals(ArticleSchema.WORDS)) {
      return new TokenStreamComponents(new Replay(words));
    }
    // EnglishText's chain, with the words noted as the tokenizer finds them.
    Tokenizer source = new StandardTokenizer();
    TokenStream recorded = new Recorder(source, words, field.equals(ArticleSchema.TITLE));
    return new TokenStreamComponents(source, EnglishText.filter(recorded));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /**
   * The distinct lower-cased words read since the last replay, end to end in one buffer, in the
   * order first read. {@link ArticleSchema#WORDS} keeps only which documents hold a word, so a
   * word's later occurrences would only cost the index writer a lookup in the segment's whole
   * vocabulary; this small table, reset for each document, stays in the processor's cache instead.
   */
  private static final class ReadWords {
    private char[] chars = new char[4096];
    private int[] ends = new int[512];
    private int count;

    /** Open addressing: each slot holds a word's index plus one, or 0 when empty. */
    private int[] slots = new int[1024];

    void clear() {
      if (slots.length > 1024) {
        slots = new int[1024]; // after a very long article, back to a table that fits most
      } else if (count > 0) {
        Arrays.fill(slots, 0);
      }
      count = 0;
    }

    void add(char[] term, int length) {
      int start = count == 0 ? 0 : ends[count - 1];
      if (start + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, start + length));
      }
      System.arraycopy(term, 0, chars, start, length);
      CharacterUtils.toLowerCase(chars, start, start + length);
      int end = start + length;
      int mask = slots.length - 1;
      int slot = hash(start, end) & mask;
      for (int held = slots[slot]; held != 0; held = slots[slot]) {
        int heldStart = held == 1 ? 0 : ends[held - 2];
        if (Arrays.equals(chars, heldStart, ends[held - 1], chars, start, end)) {
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, 2 * count);
      }
      ends[count++] = end;
      slots[slot] = count;
      if (2 * count > slots.length) {
        rehash();
      }
    }

    private int hash(int start, int end) {
      int hash = 0;
      for (int i = start; i < end; i++) {
        hash = 31 * hash + chars[i];
      }
      return hash ^ (hash >>> 16);
    }

    private void rehash() {
      slots = new int[2 * slots.length];
      int mask = slots.length - 1;
      for (int word = 0; word < count; word++) {
        int slot = hash(word == 0 ? 0 : ends[word - 1], ends[word]) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = word + 1;
      }
    }
  }

  /** Notes each word its tokenizer finds; the title, a document's first text, starts afresh. */
  private static final class Recorder extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadWords words;
    private final boolean first;

    Recorder(TokenStream input, ReadWords words, boolean first) {
      super(input);
      this.words = words;
      this.first = first;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      words.add(term.buffer(), term.length());
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      if (first) {
        words.clear();
      }
    }
  }

  /** The words noted since the title, one token each, then none until the next document. */
  private static final class Replay extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadWords words;
    private int next;

    Replay(ReadWords words) {
      this.words = words;
    }

    @Override
    public boolean incrementToken() {
      if (next == words.count) {
        return false;
      }
      clearAttributes();
      int start = next == 0 ? 0 : words.ends[next - 1];
      term.copyBuffer(words.chars, start, words.ends[next] - start);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public void close() throws IOException {
      super.close();
      words.clear();
    }
  }
}

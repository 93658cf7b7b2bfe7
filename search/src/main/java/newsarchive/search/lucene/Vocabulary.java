package newsarchive.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import newsarchive.index.ArticleSchema;
import newsarchive.query.IndexedWords;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The unstemmed words ({@link ArticleSchema#WORDS}) of one index version, looked up by how they
 * begin. An unfinished word is completed to its most frequent words only, as Elasticsearch's {@code
 * max_expansions} and Algolia do: a first letter begins thousands of words, and matching them all
 * cost hundreds of milliseconds per keystroke at a million articles, for rare words the user will
 * reach by typing one more letter.
 */
final class Vocabulary implements IndexedWords {

  /** The most words one unfinished word is completed to. */
  static final int COMPLETIONS = 64;

  /**
   * Prefixes up to this long begin so many words that walking them costs milliseconds; their
   * completions are kept for the version. Longer ones begin few words and are looked up each time.
   */
  private static final int KEPT_PREFIX_LENGTH = 3;

  /** How many short prefixes' completions are kept: every Latin one of up to three letters fits. */
  private static final int PREFIXES_KEPT = 20_000;

  private final IndexReader reader;
  private final Map<String, List<String>> kept =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
          return size() > PREFIXES_KEPT;
        }
      };

  /** The vocabulary of {@code reader}'s version. */
  Vocabulary(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * Up to {@link #COMPLETIONS} indexed words starting with the lower-case {@code prefix}: those in
   * the most articles, most first (ties A to Z).
   */
  List<String> completions(String prefix) throws IOException {
    if (prefix.length() > KEPT_PREFIX_LENGTH) {
      return mostFrequent(prefix);
    }
    List<String> found;
    synchronized (kept) {
      found = kept.get(prefix);
    }
    if (found == null) {
      // Two requests may both compute it; both get the same answer, and neither waits.
      found = mostFrequent(prefix);
      synchronized (kept) {
        kept.put(prefix, found);
      }
    }
    return found;
  }

  @Override
  public boolean holds(String word) {
    try {
      return reader.docFreq(new Term(ArticleSchema.WORDS, word)) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> numbered(String name) {
    try {
      TermsEnum words = startingAt(name + "0");
      List<String> found = new ArrayList<>();
      // the digits are '0' to '9' and ':' follows them, so these are the words name0… to name9…
      BytesRef end = new BytesRef(name + ":");
      for (BytesRef word = words == null ? null : words.term();
          word != null && word.compareTo(end) < 0 && found.size() < MOST_NUMBERED;
          word = words.next()) {
        found.add(word.utf8ToString());
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether any indexed word starts with the lower-case {@code prefix}. */
  boolean begins(String prefix) throws IOException {
    TermsEnum words = startingAt(prefix);
    return words != null && StringHelper.startsWith(words.term(), new BytesRef(prefix));
  }

  private List<String> mostFrequent(String prefix) throws IOException {
    TermsEnum words = startingAt(prefix);
    if (words == null) {
      return List.of();
    }
    record Word(String text, int articles) {}
    Comparator<Word> rank =
        Comparator.comparingInt(Word::articles).reversed().thenComparing(Word::text);
    // The queue's head is the weakest word kept, so it is the one a better word replaces.
    PriorityQueue<Word> best = new PriorityQueue<>(COMPLETIONS + 1, rank.reversed());
    BytesRef start = new BytesRef(prefix);
    for (BytesRef word = words.term();
        word != null && StringHelper.startsWith(word, start);
        word = words.next()) {
      int articles = words.docFreq();
      if (best.size() < COMPLETIONS || articles > best.peek().articles()) {
        best.add(new Word(word.utf8ToString(), articles));
        if (best.size() > COMPLETIONS) {
          best.poll();
        }
      }
    }
    List<Word> ranked = new ArrayList<>(best);
    ranked.sort(rank);
    return ranked.stream().map(Word::text).toList();
  }

  /** The words from {@code prefix} on, positioned on the first, or null when none follows it. */
  private TermsEnum startingAt(String prefix) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, ArticleSchema.WORDS);
    if (terms == null) {
      return null;
    }
    TermsEnum words = terms.iterator();
    return words.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END ? null : words;
  }
}

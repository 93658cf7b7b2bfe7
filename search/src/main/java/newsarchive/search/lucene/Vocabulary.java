package newsarchive.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsarchive.index.ArticleSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/** The archive's unstemmed words ({@link ArticleSchema#WORDS}), looked up by how they begin. */
final class Vocabulary {

  private Vocabulary() {}

  /** Up to {@code limit} indexed words starting with the lower-case {@code prefix}, A to Z. */
  static List<String> startingWith(IndexReader reader, String prefix, int limit)
      throws IOException {
    List<String> words = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, ArticleSchema.WORDS);
    if (terms == null) {
      return words;
    }
    BytesRef start = new BytesRef(prefix);
    TermsEnum iterator = terms.iterator();
    if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return words;
    }
    for (BytesRef word = iterator.term();
        word != null && words.size() < limit && StringHelper.startsWith(word, start);
        word = iterator.next()) {
      words.add(word.utf8ToString());
    }
    return words;
  }
}

package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the title and body: EnglishAnalyzer's chain (possessives, lower case, stop words,
 * Porter stemming), except for words Porter stems together with words of another meaning, which get
 * a stem of their own: "customers" would be "custom", so that {@code custom ai chips} found every
 * chip article quoting customers. Solr's configset gives the same stems ({@code stemdict.txt}).
 */
final class EnglishText extends Analyzer {

  /** Each word with the stem it gets instead of Porter's. */
  private static final String[][] OWN_STEMS = {{"customer", "customer"}, {"customers", "customer"}};

  private static final StemmerOverrideFilter.StemmerOverrideMap STEMS = stems();

  @Override
  protected TokenStreamComponents createComponents(String field) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, filter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** The chain after the tokenizer, for {@code tokens}. */
  static TokenStream filter(TokenStream tokens) {
    TokenStream result = new EnglishPossessiveFilter(tokens);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    result = new StemmerOverrideFilter(result, STEMS);
    return new PorterStemFilter(result);
  }

  private static StemmerOverrideFilter.StemmerOverrideMap stems() {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    for (String[] own : OWN_STEMS) {
      builder.add(own[0], own[1]);
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

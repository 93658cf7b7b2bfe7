package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query nothing matches is answered for its respelling only where the words it respells are in no
 * article: a rare word that is indexed ("trainium", beside the commoner "training") is taken as
 * meant, and the respelling is only suggested; only within as many edits as the word's length
 * allows; and, when the respelling has no whole match either, only for a slip of typing.
 */
class RespellingTest {

  @TempDir Path dir;

  private static final List<Article> ARTICLES =
      List.of(
          FixtureCorpus.article(
              "r1", "Amazon shows Trainium chips", "2025-01-02", "Wire", List.of(), List.of(), "x"),
          FixtureCorpus.article(
              "r2", "Training large models", "2025-01-03", "Wire", List.of(), List.of(), "x"),
          FixtureCorpus.article(
              "r3", "Training costs fall", "2025-01-04", "Wire", List.of(), List.of(), "x"),
          FixtureCorpus.article(
              "r4", "Nvidia GPUs for training", "2025-01-05", "Wire", List.of(), List.of(), "x"),
          FixtureCorpus.article(
              "r5", "Chips cost less", "2025-01-06", "Wire", List.of(), List.of(), "less"));

  /** Three articles naming GPT models, by version. */
  private static final List<Article> GPT =
      List.of(
          FixtureCorpus.article(
              "g5", "OpenAI launches GPT-5", "2025-08-07", "Wire", List.of(), List.of(), "x"),
          FixtureCorpus.article(
              "g4", "OpenAI launches GPT-4", "2023-03-14", "Wire", List.of(), List.of(), "x"),
          FixtureCorpus.article(
              "p4", "GPT-4 pricing", "2023-04-01", "Wire", List.of(), List.of(), "x"));

  @Test
  void anUnknownWordIsRespelledAndAKnownRareOneOnlySuggested() throws Exception {
    FixtureCorpus.write(dir, ARTICLES);
    try (LuceneSearch search = LuceneSearch.open(dir)) {
      SearchResult unknown = search.search(SearchRequest.of("trainum"));
      assertEquals(List.of("r1"), ids(unknown));
      assertEquals(new SearchResult.Corrected("trainium", "\"trainum\""), unknown.corrected());

      SearchResult known = search.search(SearchRequest.of("trainium nvidia"));
      assertEquals(0, known.total());
      assertNull(known.corrected());
      assertEquals("training nvidia", known.suggestion());
    }
  }

  @Test
  void withNoWholeMatchOnlyASlipOfTypingIsRespelled() throws Exception {
    FixtureCorpus.write(dir, ARTICLES);
    try (LuceneSearch search = LuceneSearch.open(dir)) {
      // No article has "chips" and "fall"; "chps" drops a letter, so its partial matches are
      // those of "chips" and "fall", not of "fall" alone.
      SearchResult dropped = search.search(SearchRequest.of("chps fall"));
      assertEquals(0, dropped.total());
      assertEquals(new SearchResult.Corrected("chips fall", "\"chps\" fall"), dropped.corrected());
      assertEquals(List.of("r1", "r3", "r5"), ids(dropped).stream().sorted().toList());
      // "chios" is "chips" with another letter: as likely a word the archive lacks.
      SearchResult substituted = search.search(SearchRequest.of("chios fall"));
      assertNull(substituted.corrected());
      assertNull(substituted.suggestion());
      assertEquals(List.of("r3"), ids(substituted));
    }
  }

  @Test
  void aWordNoArticleWritesIsTakenAsMeantWhenArticlesHaveItsStem() throws Exception {
    FixtureCorpus.write(
        dir,
        List.of(
            FixtureCorpus.article(
                "b1", "Intel to buy Altera", "2015-06-01", "Wire", List.of(), List.of(), "x"),
            FixtureCorpus.article(
                "b2", "AMD to buy Xilinx", "2020-10-27", "Wire", List.of(), List.of(), "x"),
            FixtureCorpus.article(
                "b3", "A busy week for Intel", "2021-03-24", "Wire", List.of(), List.of(), "x")));
    try (LuceneSearch search = LuceneSearch.open(dir)) {
      // No article says "buys", and "busy" swaps two of its letters; but "buy" is its stem, so
      // the partial matches are those that buy, not the busy week.
      SearchResult buys = search.search(SearchRequest.of("intel buys stake"));
      assertEquals(0, buys.total());
      assertNull(buys.corrected());
      assertEquals("b1", ids(buys).getFirst());
    }
  }

  @Test
  void aNameWithItsVersionNumberIsNeverRespelled() throws Exception {
    FixtureCorpus.write(dir, GPT);
    try (LuceneSearch search = LuceneSearch.open(dir)) {
      // "lanches" is mended; "gpt5" stays, though "gpt" is commoner and a letter away: it names
      // the one model, as "GPT-5" is written.
      SearchResult typos = search.search(SearchRequest.of("gpt5 lanches"));
      assertEquals(
          new SearchResult.Corrected("gpt5 launches", "gpt5 \"lanches\""), typos.corrected());
      assertEquals("g5", ids(typos).getFirst());
    }
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void aShortWordIsNeverRespelledIntoAWordTwoEditsAway() throws Exception {
    FixtureCorpus.write(dir, ARTICLES);
    try (LuceneSearch search = LuceneSearch.open(dir)) {
      // "llms" is two edits from "less", which would be another word altogether.
      SearchResult llms = search.search(SearchRequest.of("llms"));
      assertEquals(0, llms.total());
      assertNull(llms.corrected());
      assertNull(llms.suggestion());
      // One edit is allowed up to five letters: "chps" is "chips".
      assertEquals(
          new SearchResult.Corrected("chips", "\"chps\""),
          search.search(SearchRequest.of("chps")).corrected());
    }
  }

  @Test
  void aWordOfThreeLettersIsRespelledOnlyForTwoNeighboursSwapped() throws Exception {
    FixtureCorpus.write(dir, GPT);
    try (LuceneSearch search = LuceneSearch.open(dir)) {
      // "gtp" swaps two neighbours of "gpt", as Elasticsearch's fuzziness allows from three
      // letters.
      SearchResult swapped = search.search(SearchRequest.of("gtp launches"));
      assertEquals(
          new SearchResult.Corrected("gpt launches", "\"gtp\" launches"), swapped.corrected());
      assertEquals(2, swapped.total());
      // Another letter in three is as likely an abbreviation the archive lacks ("cap", "nov").
      SearchResult substituted = search.search(SearchRequest.of("gpx launches"));
      assertNull(substituted.corrected());
      assertNull(substituted.suggestion());
    }
  }
}

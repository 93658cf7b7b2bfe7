package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import newsarchive.index.ArticleSchema;
import newsarchive.query.UserQueryParser;
import newsarchive.search.Prefix;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each kind of user query becomes in Lucene, compiled against the fixture corpus. */
class QueryCompilerTest {

  @RegisterExtension static final FixtureSnapshot fixture = new FixtureSnapshot();

  @Test
  void aWordSearchesItsStemInTitleAndBodyWithTheTitleCountingMoreAndItsExactFormAddingMore() {
    assertEquals(oneWord("clouds", "cloud"), compile("clouds"));
  }

  @Test
  void anotherNameOfTheSameCompanyCountsAsTheNameTyped() throws IOException {
    Query asTyped =
        new BooleanQuery.Builder()
            .add(oneWord("facebook", "facebook"), Occur.SHOULD)
            .add(oneWord("meta", "meta"), Occur.SHOULD)
            .build();
    assertSameRanking(asTyped, compile("facebook"));
  }

  @Test
  void theOtherWordsForAWordAreAlternativesCountingHalfInOneFlatDisjunction() throws IOException {
    Query weighted =
        new BooleanQuery.Builder()
            .add(oneWord("chips", "chip"), Occur.SHOULD)
            .add(new BoostQuery(oneWord("semiconductor", "semiconductor"), 0.5f), Occur.SHOULD)
            .add(new BoostQuery(oneWord("microchip", "microchip"), 0.5f), Occur.SHOULD)
            .build();
    Query compiled = compile("chips");
    assertTrue(
        compiled instanceof BooleanQuery flat
            && flat.clauses().size() == 9
            && flat.clauses().stream().allMatch(clause -> clause.occur() == Occur.SHOULD),
        compiled.toString());
    assertSameRanking(weighted, compiled);
  }

  /** Both queries match the same fixture articles (some), in the same order, with equal scores. */
  private static void assertSameRanking(Query expectedQuery, Query actualQuery) throws IOException {
    IndexSnapshot snapshot = fixture.snapshot();
    TopDocs expected = snapshot.search(expectedQuery, 1_000);
    TopDocs actual = snapshot.search(actualQuery, 1_000);
    assertTrue(actual.scoreDocs.length > 0);
    assertEquals(expected.totalHits, actual.totalHits);
    for (int i = 0; i < actual.scoreDocs.length; i++) {
      assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc);
      assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-5f);
    }
  }

  @Test
  void aWordsFlatDisjunctionFindsAndScoresWhatItsStemRequiredAndItsExactFormOptionalWould()
      throws IOException {
    IndexSnapshot snapshot = fixture.snapshot();
    for (String[] word :
        List.of(
            new String[] {"chips", "chip"},
            new String[] {"exclusivity", "exclus"},
            new String[] {"openai's", "openai"},
            new String[] {"partnership", "partnership"},
            new String[] {"clouds", "cloud"})) {
      TopDocs flat = snapshot.search(oneWord(word[0], word[1]), 1_000);
      TopDocs nested = snapshot.search(typed(word[0], word(word[1])), 1_000);
      assertTrue(flat.scoreDocs.length > 0, word[0]);
      assertEquals(nested.totalHits, flat.totalHits, word[0]);
      for (int i = 0; i < flat.scoreDocs.length; i++) {
        assertEquals(nested.scoreDocs[i].doc, flat.scoreDocs[i].doc, word[0] + " at " + i);
        assertEquals(nested.scoreDocs[i].score, flat.scoreDocs[i].score, 1e-5f, word[0]);
      }
    }
  }

  @Test
  void aPhraseMatchesItsStemsInOrderInEitherFieldAndEveryWordAsTyped() {
    assertEquals(
        new BooleanQuery.Builder()
            .add(
                eitherField(
                    new PhraseQuery(ArticleSchema.TITLE, "exclus", "cloud"),
                    new PhraseQuery(ArticleSchema.BODY, "exclus", "cloud")),
                Occur.MUST)
            .add(exactForms("exclusive", "cloud"), Occur.FILTER)
            .build(),
        compile("\"exclusive cloud\""));
  }

  @Test
  void everyWordIsRequiredAndAnExcludedWordMustNotMatch() {
    assertEquals(
        new BooleanQuery.Builder()
            .add(oneWord("amazon", "amazon"), Occur.MUST)
            .add(oneWord("microsoft", "microsoft"), Occur.MUST_NOT)
            .build(),
        compile("amazon -microsoft"));
  }

  @Test
  void wordsRequiredTogetherKeepTheirStemsRequiredAndTheirExactFormsOptional() {
    assertEquals(
        new BooleanQuery.Builder()
            .add(typed("nvidia", word("nvidia")), Occur.MUST)
            .add(typed("clouds", word("cloud")), Occur.MUST)
            .build(),
        compile("nvidia clouds"));
  }

  @Test
  void exclusionsAloneListEverythingElse() {
    assertEquals(
        new BooleanQuery.Builder()
            .add(oneWord("microsoft", "microsoft"), Occur.MUST_NOT)
            .add(new MatchAllDocsQuery(), Occur.MUST)
            .build(),
        compile("-microsoft"));
  }

  @Test
  void orNeedsAnyOfItsParts() {
    assertEquals(
        new BooleanQuery.Builder()
            .add(oneWord("nvidia", "nvidia"), Occur.SHOULD)
            .add(oneWord("amd", "amd"), Occur.SHOULD)
            .build(),
        compile("nvidia OR amd"));
  }

  @Test
  void aPrefixMatchesTheWordsItBeginsInEitherField() {
    assertEquals(
        eitherField(
            new PrefixQuery(new Term(ArticleSchema.TITLE, "train")),
            new PrefixQuery(new Term(ArticleSchema.BODY, "train"))),
        compile("train*"));
  }

  @Test
  void aFieldNameLimitsTheWordToThatField() {
    assertEquals(
        typed("nvidia", new TermQuery(new Term(ArticleSchema.TITLE, "nvidia"))),
        compile("title:nvidia"));
  }

  @Test
  void aFacetValueMatchesItsIndexedSpellingWhateverTheCase() {
    assertEquals(facetValues(ArticleSchema.COMPANY, "Amazon"), compile("company:AMAZON"));
  }

  @Test
  void aFacetPrefixMatchesEveryValueItBegins() {
    assertEquals(
        facetValues(ArticleSchema.COMPANY, "Amazon", "Anthropic", "Apple"), compile("company:a*"));
  }

  @Test
  void aFacetValueNoArticleCarriesMatchesNothingAndSaysSo() {
    assertEquals("MatchNoDocsQuery(\"no such company\")", compile("company:nosuch").toString());
  }

  @Test
  void aBlankQueryMatchesEverythingAndStopWordsAloneNothing() {
    assertEquals(new MatchAllDocsQuery(), compile(""));
    assertEquals("MatchNoDocsQuery(\"only stop words\")", compile("the of").toString());
  }

  @Test
  void theWordBeingTypedAlsoMatchesTheFrequentIndexedWordsItBeginsAtAConstantThousandth() {
    Query completions =
        new BooleanQuery.Builder()
            .add(
                new TermInSetQuery(ArticleSchema.WORDS, List.of(new BytesRef("nvidia"))),
                Occur.FILTER)
            .add(word("nvidia"), Occur.SHOULD)
            .build();
    assertEquals(
        new BooleanQuery.Builder()
            .add(oneWord("nvid", "nvid"), Occur.SHOULD)
            .add(new BoostQuery(new ConstantScoreQuery(completions), 0.001f), Occur.SHOULD)
            .build(),
        compile("nvid", Prefix.LAST));
  }

  @Test
  void aWordBeingTypedInOneFieldRequiresItsCompletionsThere() {
    assertEquals(
        "+(title:blackw (ConstantScore(#words:(blackwell) +((title:blackwel)^2.5)))^0.001)"
            + " (+words:blackw)^0.5",
        compile("title:blackw", Prefix.LAST).toString());
  }

  @Test
  void neighbouringWordsAreNearEachOtherInTitleOrBodyWhereStopWordsAndFacetsBreakNoPair() {
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (String[] words :
        List.of(new String[] {"microsoft", "invest"}, new String[] {"invest", "openai"})) {
      List<String[]> orders = List.of(words, new String[] {words[1], words[0]});
      for (String[] pair : orders) {
        pairs.add(
            new BoostQuery(
                new PhraseQuery(QueryCompiler.PROXIMITY_SLOP, ArticleSchema.TITLE, pair),
                QueryCompiler.TITLE_BOOST),
            Occur.SHOULD);
      }
      for (String[] pair : orders) {
        pairs.add(
            new PhraseQuery(QueryCompiler.PROXIMITY_SLOP, ArticleSchema.BODY, pair), Occur.SHOULD);
      }
    }
    assertEquals(
        new BoostQuery(pairs.build(), QueryCompiler.PROXIMITY_WEIGHT),
        proximity("microsoft investment in openai company:Amazon"));
    assertEquals(null, proximity("openai"));
    assertEquals(null, proximity("openai company:Amazon"));
    assertEquals(null, proximity("\"exclusive cloud\""));
  }

  /**
   * Two typed words the index holds written as one are one word to be near: "chat gpt brings" asks
   * for "brings ChatGPT", not for "brings" beside some "GPT".
   */
  @Test
  void twoTypedWordsTheSearchJoinsAreOneWordToBeNear() {
    assertEquals(proximity("chatgpt brings"), proximity("chat gpt brings"));
    assertEquals(proximity("apple chatgpt"), proximity("apple chat gpt"));
    assertEquals(null, proximity("chat gpt"), "one word has no neighbour");
  }

  @Test
  void aCompanyTypedByNameRaisesTheArticlesWhoseSubjectItIs() {
    Query microsoft = subject("Microsoft");
    QueryCompiler compiler = new QueryCompiler(fixture.snapshot());
    assertEquals(microsoft, compiler.subjects(UserQueryParser.parse("MICROSOFT", Prefix.NONE)));
    assertEquals(
        subject("Nvidia"),
        compiler.subjects(UserQueryParser.parse("nvda chips", Prefix.NONE)),
        "by another of its names");
    assertEquals(
        microsoft,
        compiler.rescore(UserQueryParser.parse("microsoft", Prefix.NONE)),
        "one word has no neighbour to be near");
    assertEquals(
        new BooleanQuery.Builder()
            .add(proximity("microsoft outage"), Occur.SHOULD)
            .add(microsoft, Occur.SHOULD)
            .build(),
        compiler.rescore(UserQueryParser.parse("microsoft outage", Prefix.LAST)));
    for (String none : List.of("outage", "\"microsoft\" outage", "company:Microsoft outage")) {
      assertEquals(null, compiler.subjects(UserQueryParser.parse(none, Prefix.NONE)), none);
    }
  }

  /** What an article whose subject is {@code company} gains in the rescore. */
  private static Query subject(String company) {
    String field =
        ArticleSchema.facetsConfig().getDimConfig(ArticleSchema.SUBJECT_COMPANY).indexFieldName;
    return new BoostQuery(
        new BooleanQuery.Builder()
            .add(
                new TermQuery(DrillDownQuery.term(field, ArticleSchema.SUBJECT_COMPANY, company)),
                Occur.SHOULD)
            .build(),
        QueryCompiler.SUBJECT_WEIGHT);
  }

  private static Query proximity(String query) {
    return new QueryCompiler(fixture.snapshot())
        .proximity(UserQueryParser.parse(query, Prefix.LAST));
  }

  private static Query compile(String query) {
    return compile(query, Prefix.NONE);
  }

  private static Query compile(String query, Prefix prefix) {
    return new QueryCompiler(fixture.snapshot()).compile(UserQueryParser.parse(query, prefix));
  }

  /** One analysed word in title (weighted) or body. */
  private static Query word(String stem) {
    return eitherField(
        new TermQuery(new Term(ArticleSchema.TITLE, stem)),
        new TermQuery(new Term(ArticleSchema.BODY, stem)));
  }

  /**
   * One word, not a phrase: its stem in title (weighted) or body, or its exact form, in one flat
   * disjunction.
   */
  private static Query oneWord(String typed, String stem) {
    return new BooleanQuery.Builder()
        .add(
            new BoostQuery(
                new TermQuery(new Term(ArticleSchema.TITLE, stem)), QueryCompiler.TITLE_BOOST),
            Occur.SHOULD)
        .add(new TermQuery(new Term(ArticleSchema.BODY, stem)), Occur.SHOULD)
        .add(
            new BoostQuery(
                new TermQuery(new Term(ArticleSchema.WORDS, typed)), QueryCompiler.EXACT_BOOST),
            Occur.SHOULD)
        .build();
  }

  /** {@code stemmed}, scoring more where the article has the words exactly as typed. */
  private static Query typed(String typed, Query stemmed) {
    return new BooleanQuery.Builder()
        .add(stemmed, Occur.MUST)
        .add(new BoostQuery(exactForms(typed), QueryCompiler.EXACT_BOOST), Occur.SHOULD)
        .build();
  }

  /** Every one of these unstemmed words. */
  private static Query exactForms(String... words) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      all.add(new TermQuery(new Term(ArticleSchema.WORDS, word)), Occur.MUST);
    }
    return all.build();
  }

  private static Query eitherField(Query title, Query body) {
    return new BooleanQuery.Builder()
        .add(new BoostQuery(title, QueryCompiler.TITLE_BOOST), Occur.SHOULD)
        .add(body, Occur.SHOULD)
        .build();
  }

  /** Any of these values of {@code dimension}, as the facet drill-down terms. */
  private static Query facetValues(String dimension, String... values) {
    String field = ArticleSchema.facetsConfig().getDimConfig(dimension).indexFieldName;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(new TermQuery(DrillDownQuery.term(field, dimension, value)), Occur.SHOULD);
    }
    return any.build();
  }
}

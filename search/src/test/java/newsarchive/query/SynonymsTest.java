package newsarchive.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.Synonymous;
import newsarchive.query.UserQuery.Text;
import newsarchive.search.Prefix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SynonymsTest {

  private static final Synonyms SYNONYMS =
      Synonyms.parse(
          List.of(
              "# people",
              "ceo, chief executive, boss",
              "",
              "resign, quit, step down",
              "launch, unveil, debut",
              "ipo, stock market debut",
              "went down, goes down => outage",
              "= facebook, meta",
              "= nvda => nvidia",
              "= cdns => cadence"));

  private static UserQuery expanded(String query) {
    return SYNONYMS.expand(UserQueryParser.parse(query, Prefix.NONE));
  }

  private static Text word(String text, int start) {
    return new Text(null, text, false, 0, false, false, start, start + text.length());
  }

  /** Another word in the place of the typed ones. */
  private static Text other(String text, int start, int end) {
    return new Text(null, text, false, 0, false, false, start, end);
  }

  @Test
  void aLineOpeningWithEqualsHoldsNamesOfOneThing() {
    assertEquals(
        new Synonymous(word("facebook", 0), List.of(), List.of(other("meta", 0, 8))),
        expanded("facebook"));
    assertEquals(
        new Synonymous(word("NVDA", 0), List.of(), List.of(other("nvidia", 0, 4))),
        expanded("NVDA"));
    assertEquals(word("nvidia", 0), expanded("nvidia"));
    // Names are compared as written, not by stems: a ticker is no plural.
    assertEquals(
        new Synonymous(word("CDNS", 0), List.of(), List.of(other("cadence", 0, 4))),
        expanded("CDNS"));
    assertEquals(word("cdn", 0), expanded("cdn"));
  }

  @Test
  void twoTypedWordsTheIndexKnowsWrittenAsOneMatchThatWordAsTheirEquivalent() {
    Synonyms joining = SYNONYMS.joining(IndexedWords.of(java.util.Set.of("chatgpt", "ai", "into")));
    assertEquals(
        new All(
            List.of(
                new Synonymous(
                    new All(List.of(word("Chat", 0), word("GPT", 5))),
                    List.of(),
                    List.of(other("chatgpt", 0, 8))),
                word("ban", 9))),
        joining.expand(UserQueryParser.parse("Chat GPT ban", Prefix.NONE)));
    assertEquals(
        new All(List.of(word("chat", 0), word("gpt", 5))),
        SYNONYMS.expand(UserQueryParser.parse("chat gpt", Prefix.NONE)),
        "without an index no words are joined");
    assertStayApart(joining, "a i", Prefix.NONE, "single letters");
    assertStayApart(joining, "in to", Prefix.NONE, "words never searched");
    // The page sends every query with its last word being typed: the joined word is being typed.
    Text gpt = new Text(null, "gpt", false, 0, false, true, 5, 8);
    Text chatgpt = new Text(null, "chatgpt", false, 0, false, true, 0, 8);
    assertEquals(
        new Synonymous(new All(List.of(word("chat", 0), gpt)), List.of(), List.of(chatgpt)),
        joining.expand(UserQueryParser.parse("chat gpt", Prefix.LAST)));
    assertStayApart(joining, "chat gp", Prefix.LAST, "a word typed so far that joins to none");
  }

  @Test
  void aTypedWordTheIndexDoesNotKnowMatchesTheTwoKnownWordsItJoinsAsAPhrase() {
    Synonyms splitting =
        SYNONYMS.joining(
            IndexedWords.of(java.util.Set.of("hugging", "face", "hug", "data", "center")));
    assertEquals(
        new All(
            List.of(
                new Synonymous(
                    word("huggingface", 0), List.of(), List.of(other("hugging face", 0, 11))),
                word("funding", 12))),
        splitting.expand(UserQueryParser.parse("huggingface funding", Prefix.NONE)));
    assertEquals(
        new Synonymous(
            new Text(null, "datacenter", false, 0, false, true, 0, 10),
            List.of(),
            List.of(new Text(null, "data center", false, 0, false, true, 0, 10))),
        splitting.expand(UserQueryParser.parse("datacenter", Prefix.LAST)),
        "the word being typed, split, is matched as typed so far");
    assertStayApart(splitting, "face", Prefix.NONE, "a word the index knows");
    assertStayApart(splitting, "facebox", Prefix.NONE, "a word no cut makes two known words of");
  }

  @Test
  void aNameRunTogetherWithItsVersionMatchesThatVersionAndTheNameAlone() {
    Synonyms splitting = SYNONYMS.joining(IndexedWords.of(java.util.Set.of("gpt", "4", "llama")));
    assertEquals(
        new Synonymous(
            word("gpt4", 0), List.of(), List.of(other("gpt 4", 0, 4), other("gpt", 0, 4))),
        splitting.expand(UserQueryParser.parse("gpt4", Prefix.NONE)));
    assertStayApart(splitting, "llama2", Prefix.NONE, "a version the index does not know");
    assertStayApart(splitting, "g4", Prefix.NONE, "a name of one letter");
  }

  @Test
  void aNameMatchesTheWordsThatRunANumberOnItAsTheNameItself() {
    Synonyms numbering =
        SYNONYMS.joining(
            IndexedWords.of(
                java.util.Set.of(
                    "trainium", "trainium2", "trainiumx", "log4j", "log4shell", "h100")));
    assertEquals(
        new All(
            List.of(
                new Synonymous(word("Trainium", 0), List.of(), List.of(other("trainium2", 0, 8))),
                word("chips", 9))),
        numbering.expand(UserQueryParser.parse("Trainium chips", Prefix.NONE)));
    assertEquals(
        new Synonymous(
            word("log", 0), List.of(), List.of(other("log4j", 0, 3), other("log4shell", 0, 3))),
        numbering.expand(UserQueryParser.parse("log", Prefix.NONE)));
    assertStayApart(numbering, "h", Prefix.NONE, "a name of one letter");
    assertStayApart(numbering, "trainium2", Prefix.NONE, "a version as typed");
    assertStayApart(SYNONYMS, "trainium", Prefix.NONE, "without an index, a name");
  }

  private static void assertStayApart(Synonyms joining, String text, Prefix prefix, String why) {
    UserQuery parsed = UserQueryParser.parse(text, prefix);
    assertEquals(parsed, joining.expand(parsed), why + " stay apart");
  }

  @Test
  void aWordMatchesTheOtherEntriesOfItsGroupComparedByStems() {
    assertEquals(
        new All(
            List.of(
                word("intel", 0),
                new Synonymous(
                    word("boss", 6), List.of(other("ceo", 6, 10), other("chief executive", 6, 10))),
                new Synonymous(
                    word("quits", 11),
                    List.of(other("resign", 11, 16), other("step down", 11, 16))))),
        expanded("intel boss quits"));
  }

  /** A run is matched as one entry: its words together, as the entries added for it. */
  @Test
  void aRunOfTypedWordsThatIsAnEntryIsOnePartTheLongestRunFirst() {
    assertEquals(
        new All(
            List.of(
                new Synonymous(
                    word("ceo", 0), List.of(other("chief executive", 0, 3), other("boss", 0, 3))),
                new Synonymous(
                    word("steps down", 4), List.of(other("resign", 4, 14), other("quit", 4, 14))))),
        expanded("ceo steps down"));
    assertEquals(
        new Synonymous(word("stock market debut", 0), List.of(other("ipo", 0, 18))),
        expanded("stock market debut"));
  }

  @Test
  void aRunNeverBeginsOrEndsWithAWordThatIsNotSearched() {
    // "the" and "to" have no stems: "boss to" would be the entry "boss" under a longer label.
    assertEquals(
        new All(
            List.of(
                word("want", 0),
                word("the", 5),
                new Synonymous(
                    word("boss", 9), List.of(other("ceo", 9, 13), other("chief executive", 9, 13))),
                word("to", 14),
                word("go", 17))),
        expanded("want the boss to go"));
  }

  @Test
  void aOneWayMappingFindsItsRightSideFromItsLeftButNotBack() {
    // The reporter's word stands in for the reader's phrase, as in Solr: it counts as typed.
    assertEquals(
        new All(
            List.of(
                word("aws", 0),
                new Synonymous(word("went down", 4), List.of(), List.of(other("outage", 4, 13))))),
        expanded("aws went down"));
    assertEquals(new All(List.of(word("aws", 0), word("outage", 4))), expanded("aws outage"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"chief executive\"", "title:boss", "boss*", "-boss", "company:boss"})
  void phrasesFieldsPrefixesAndExclusionsAreMatchedExactlyAsTyped(String query) {
    UserQuery parsed = UserQueryParser.parse(query, Prefix.NONE);
    assertEquals(parsed, SYNONYMS.expand(parsed));
  }

  @Test
  void wordsInsideAnOrGroupHaveTheirOthersAndWordsOfNoGroupStayAsTheyAre() {
    assertEquals(
        new Any(
            List.of(
                new Synonymous(
                    word("debut", 0), List.of(other("launch", 0, 5), other("unveil", 0, 5))),
                word("nvidia", 9))),
        expanded("debut OR nvidia"));
  }

  @Test
  void aQueryGetsAtMostSixteenOtherWordsTheFirstWordsFirst() {
    UserQuery expanded = expanded(String.join(" ", java.util.Collections.nCopies(64, "boss")));
    List<Integer> others =
        ((All) expanded)
            .parts().stream()
                .map(part -> part instanceof Synonymous s ? s.others().size() : 0)
                .toList();
    assertEquals(Synonyms.MOST_OTHER_WORDS, others.stream().mapToInt(Integer::intValue).sum());
    assertEquals(List.of(2, 2, 2, 2, 2, 2, 2, 2, 0), others.subList(0, 9));
  }

  @Test
  void theBundledListLoadsAndKnowsTheCommonNewsWordsAndTheCompaniesOtherNames() {
    assertEquals(List.of("layoff", "redundancy", "lay off", "laid off"), others("job cuts"));
    assertEquals(List.of("outage"), others("went down"));
    assertEquals(List.of("strike"), others("walked out"));
    assertEquals(List.of("writers"), others("screenwriters"));
    assertEquals(List.of("profit"), others("making money"));
    assertEquals(List.of("results", "revenue"), others("earnings"));
    assertTrue(others("stopped").containsAll(List.of("end", "give up", "block")), "stopped");
    // "aws down" asks about an outage; "steps down" is still the longer entry, a resignation.
    assertEquals(List.of("outage"), others("down"));
    assertTrue(others("steps down").contains("resign"), others("steps down").toString());
    assertEquals(List.of("intel"), others("chipzilla"));
    // What reports call a company instead of its name stands for that company alone.
    assertEquals(List.of("activision"), others("call of duty maker"));
    assertEquals(List.of("apple"), others("iPhone maker"));
    assertEquals(List.of("google"), others("search giant"));
    assertEquals(List.of(), others("chipmaker"), "a chipmaker is any of them");
    // A company's other names count as typed; other words count half.
    Synonymous facebook = (Synonymous) Synonyms.bundled().expand(word("facebook", 0));
    assertEquals(List.of("meta"), facebook.equivalents().stream().map(Text::text).toList());
    assertEquals(List.of(), facebook.others());
    Synonymous boss = (Synonymous) Synonyms.bundled().expand(word("boss", 0));
    assertEquals(List.of(), boss.equivalents());
    assertEquals(
        List.of("ceo", "chief executive"), boss.others().stream().map(Text::text).toList());
    assertEquals(List.of("broadcom"), others("AVGO"));
    // Tickers of the companies since bought still name them (Activision's, in "MSFT ATVI deal").
    assertEquals(List.of("activision"), others("ATVI"));
    assertEquals(List.of("tsmc"), others("TSM"));
    assertEquals(List.of("meta"), others("facebook"));
    assertEquals(List.of("facebook"), others("meta"));
    assertEquals(List.of("third quarter"), others("Q3"));
    // Before "large" became usual, reporters wrote "language model".
    assertEquals(List.of("language model", "large language model"), others("LLMs"));
    assertEquals(List.of("content delivery network"), others("cdn"));
    assertEquals(List.of("abandon", "scrap", "drop"), others("gave up"));
    // Reports call a model whose weights anyone may download open-weight or openly available.
    assertEquals(List.of("open weight", "openly available"), others("open source"));
    // Blocked "mergers" are mostly takeovers; a takeover is seldom written as a merger.
    assertEquals(List.of("acquisition", "takeover", "merge"), others("mergers"));
    assertFalse(others("takeover").contains("merger"), others("takeover").toString());
    // A chief executive who "leaves" resigns or steps down; the leaves of a tree find no one.
    assertEquals(List.of("resign", "step down", "quit"), others("leaves"));
    // What a reader calls banned, a report calls blocked, prohibited or restricted.
    assertEquals(List.of("block", "prohibit", "restrict"), others("banned"));
    // "openai's only cloud provider" is its exclusive one.
    assertEquals(List.of("exclusive"), others("only"));
    // A deal that fell apart was abandoned; a model launched was released, seldom the other way.
    assertEquals(List.of("abandon", "scrap", "collapse"), others("fell apart"));
    assertTrue(others("launched").contains("release"), others("launched").toString());
    assertEquals(List.of(), others("released"));
    // "When did ChatGPT come out": a product that came out was launched or released.
    assertEquals(List.of("launch", "release", "debut"), others("come out"));
    assertEquals(List.of("launch", "release", "debut"), others("came out"));
    // A company's funding is often one investor's investment, which is seldom called funding.
    assertEquals(List.of("investment", "fundraising", "financing"), others("funding"));
    assertEquals(List.of(), others("investment"));
    // A stake in a company is an investment in it, which its report seldom calls a stake.
    assertEquals(List.of("investment"), others("stakes"));
    // Shares a reader says plunged, a report says fell or dropped, by so much.
    List<String> plunged = others("plunged");
    assertTrue(plunged.containsAll(List.of("fall", "fell", "drop")), plunged.toString());
    assertFalse(others("fell").contains("plunge"), others("fell").toString());
    // What a reader asks a company is worth, its report calls its valuation.
    assertEquals(List.of("valuation", "valued at"), others("worth"));
    assertFalse(others("valuation").contains("worth"), others("valuation").toString());
    // What Europe calls competition law, American reports call antitrust.
    assertEquals(List.of("antitrust"), others("competition law"));
    // A contract whose plug was pulled was cancelled, as reports write it.
    assertEquals(
        List.of("cancel", "scrap", "halt", "block", "ban", "abandon"), others("pulled the plug"));
  }

  private static List<String> others(String query) {
    UserQuery expanded = Synonyms.bundled().expand(UserQueryParser.parse(query, Prefix.NONE));
    return expanded instanceof Synonymous synonymous
        ? synonymous.alternatives().stream().map(Text::text).toList()
        : List.of();
  }
}

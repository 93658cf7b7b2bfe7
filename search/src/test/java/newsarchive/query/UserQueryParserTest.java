package newsarchive.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.During;
import newsarchive.query.UserQuery.Field;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Text;
import newsarchive.search.DateRange;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.Prefix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserQueryParserTest {

  private static Text word(String text, int start) {
    return new Text(null, text, false, 0, false, false, start, start + text.length());
  }

  @Test
  void wordsAreAllRequired() {
    assertEquals(
        new All(List.of(word("amazon", 0), word("cloud", 7))),
        UserQueryParser.parse("amazon cloud", Prefix.NONE));
  }

  @Test
  void phrasesOrExclusionsPrefixesAndFieldsEachHaveTheirNode() {
    assertEquals(
        new All(
            List.of(
                new Text(null, "exclusive cloud", true, 0, false, false, 0, 17),
                new Any(
                    List.of(
                        new Text(Field.COMPANY, "Amazon", false, 0, false, false, 26, 32),
                        new Text(Field.TOPIC, "chips", false, 0, false, false, 42, 47))),
                new Not(word("azure", 49)),
                new Text(Field.TITLE, "micro", false, 0, true, false, 61, 67))),
        UserQueryParser.parse(
            "\"exclusive cloud\" company:Amazon OR topic:chips -azure title:micro*", Prefix.NONE));
  }

  @Test
  void parenthesesGroupAndAFieldAppliesToTheWholeGroup() {
    assertEquals(
        new All(
            List.of(
                word("openai", 0),
                new Any(
                    List.of(
                        new Text(Field.COMPANY, "amazon", false, 0, false, false, 16, 22),
                        new Text(Field.COMPANY, "google", false, 0, false, false, 26, 32))))),
        UserQueryParser.parse("openai company:(amazon OR google)", Prefix.NONE));
  }

  @Test
  void strayPunctuationAndUnknownPrefixesAreJustText() {
    assertEquals(
        new All(List.of(word("AT&T", 0), word("-", 5), word("http://x.com", 7), word("C++", 20))),
        UserQueryParser.parse("AT&T - http://x.com C++", Prefix.NONE));
  }

  @Test
  void withPrefixLastOnlyTheBareWordBeingTypedIsCompleting() {
    Text typing = new Text(null, "nvid", false, 0, false, true, 7, 11);
    assertEquals(
        new All(List.of(word("openai", 0), typing)),
        UserQueryParser.parse("openai nvid", Prefix.LAST));
    assertEquals(
        new Text(Field.TITLE, "nvid", false, 0, false, true, 6, 10),
        UserQueryParser.parse("title:nvid", Prefix.LAST));
    assertEquals(
        new All(List.of(word("openai", 0), word("nvid", 7))),
        UserQueryParser.parse("openai nvid", Prefix.NONE));
    for (String finished :
        List.of("nvid ", "\"nvid\"", "nvid*", "-nvid", "NOT nvid", "company:nvid", "(nvid)")) {
      assertEquals(
          UserQueryParser.parse(finished, Prefix.NONE),
          UserQueryParser.parse(finished, Prefix.LAST),
          finished);
    }
  }

  @Test
  void aPhraseMayAllowItsWordsToStandApartWithATildeAndANumber() {
    assertEquals(
        new All(
            List.of(
                new Text(null, "openai amazon", true, 3, false, false, 0, 17), word("cloud", 18))),
        UserQueryParser.parse("\"openai amazon\"~3 cloud", Prefix.NONE));
    assertEquals(
        new Text(Field.TITLE, "openai amazon", true, 12, false, false, 6, 24),
        UserQueryParser.parse("title:\"openai amazon\"~12", Prefix.NONE));
    // Still being typed: the ~ alone asks for nothing more.
    assertEquals(
        new Text(null, "openai amazon", true, 0, false, false, 0, 16),
        UserQueryParser.parse("\"openai amazon\"~", Prefix.LAST));
    // Only a phrase takes a slop; after a word the ~ is just text.
    assertEquals(word("amazon~2", 0), UserQueryParser.parse("amazon~2", Prefix.NONE));
  }

  @Test
  void theWordsThatOnlyMakeAQuestionAreLeftOutWhenOthersRemain() {
    assertEquals(
        new All(List.of(word("nvidia", 8), word("arm", 15), word("fail", 19))),
        UserQueryParser.parse("why did nvidia arm fail", Prefix.NONE));
    assertEquals(word("openai", 14), UserQueryParser.parse("How much does openai", Prefix.NONE));
    // A measure asked with "how" is part of the question; elsewhere it is a word.
    assertEquals(
        new All(List.of(word("is", 8), word("microsoft's", 11), word("stake", 23))),
        UserQueryParser.parse("how big is microsoft's stake", Prefix.NONE));
    assertEquals(
        new All(List.of(word("big", 0), word("tech", 4), word("layoffs", 9))),
        UserQueryParser.parse("big tech layoffs", Prefix.NONE));
    // A request's opening words, where they open it; further on they are words.
    assertEquals(
        new All(List.of(word("pat", 17), word("gelsinger", 21))),
        UserQueryParser.parse("What happened to pat gelsinger", Prefix.NONE));
    assertEquals(
        new All(List.of(word("intel", 14), word("layoffs", 20))),
        UserQueryParser.parse("tell me about intel layoffs", Prefix.NONE));
    assertEquals(
        new All(List.of(word("openai", 11), word("exclusivity", 18))),
        UserQueryParser.parse("stories on openai exclusivity", Prefix.NONE));
    assertEquals(
        new All(List.of(word("openai", 12), word("models", 19), word("on", 26), word("aws", 29))),
        UserQueryParser.parse("can you get openai models on aws", Prefix.NONE));
    assertEquals(
        new All(List.of(word("hackers", 8), word("into", 20), word("okta", 25))),
        UserQueryParser.parse("how did hackers get into okta", Prefix.NONE));
    assertEquals(
        new All(
            List.of(
                word("users", 9),
                word("chatgpt", 19),
                word("in", 31),
                word("first", 38),
                word("week", 44))),
        UserQueryParser.parse("how many users did chatgpt get in its first week", Prefix.NONE));
    assertEquals(
        new All(List.of(word("intel", 0), word("stories", 6), word("about", 14), word("ai", 20))),
        UserQueryParser.parse("intel stories about ai", Prefix.NONE));
    assertEquals(word("latest", 0), UserQueryParser.parse("latest", Prefix.NONE));
    // "First" asks which time in a question opening with "when"; elsewhere it is a word.
    assertEquals(
        new All(
            List.of(word("microsoft", 9), word("invest", 25), word("in", 32), word("openai", 35))),
        UserQueryParser.parse("when did microsoft first invest in openai", Prefix.NONE));
    assertEquals(
        new All(
            List.of(word("google", 0), word("cloud", 7), word("first", 13), word("profit", 19))),
        UserQueryParser.parse("google cloud first profit", Prefix.NONE));
    // "Start" before a verb in -ing in a "when" question asks for the first time, as "first" does.
    assertEquals(
        new All(
            List.of(word("google", 9), word("cloud", 16), word("making", 28), word("money", 35))),
        UserQueryParser.parse("when did google cloud start making money", Prefix.NONE));
    assertEquals(
        new All(List.of(word("musk", 9), word("start", 14), word("company", 24))),
        UserQueryParser.parse("when did musk start his company", Prefix.NONE));
    assertEquals(
        new All(List.of(word("google", 0), word("started", 7), word("making", 15))),
        UserQueryParser.parse("google started making", Prefix.NONE));
    // "New" before a role asks who was named to it; elsewhere it is a word.
    assertEquals(
        new All(List.of(word("intel", 0), word("ceo", 10))),
        UserQueryParser.parse("intel new ceo", Prefix.NONE));
    assertEquals(
        new All(List.of(word("ibm's", 0), word("chief", 10), word("executive", 16))),
        UserQueryParser.parse("ibm's new chief executive", Prefix.NONE));
    assertEquals(
        new All(List.of(word("Big", 0), word("Blue", 4), word("CEO", 13))),
        UserQueryParser.parse("Big Blue new CEO", Prefix.NONE));
    assertEquals(
        new All(List.of(word("new", 0), word("chip", 4), word("factories", 9))),
        UserQueryParser.parse("new chip factories", Prefix.NONE));
    // "Who runs" and its like ask for the chief executive, and "now" adds nothing to that.
    assertEquals(
        new All(List.of(new Text(null, "ceo", false, 0, false, false, 4, 8), word("intel", 9))),
        UserQueryParser.parse("who runs intel now", Prefix.NONE));
    assertEquals(
        new All(
            List.of(
                new Text(null, "ceo", false, 0, false, false, 4, 9),
                word("Google", 10),
                word("DeepMind", 17))),
        UserQueryParser.parse("Who leads Google DeepMind", Prefix.NONE));
    // Elsewhere the verb keeps its own sense: machines run, and so does a "who" elsewhere.
    assertEquals(
        new All(List.of(word("servers", 0), word("run", 8), word("now", 12))),
        UserQueryParser.parse("servers run now", Prefix.NONE));
    assertEquals(
        new All(List.of(word("intel", 9), word("run", 15))),
        UserQueryParser.parse("who does intel run", Prefix.NONE));
    assertEquals(word("runs", 4), UserQueryParser.parse("who runs", Prefix.NONE));
    assertTrue(UserQueryParser.asksWhen("when did microsoft first invest in openai"));
    assertTrue(UserQueryParser.asksWhen("When did Nvidia hit a trillion"));
    assertFalse(UserQueryParser.asksWhen("microsoft invest in openai when"));
    assertFalse(UserQueryParser.asksWhen("google cloud first profit"));
    assertFalse(UserQueryParser.asksWhen("\"when did\" chatgpt launch"));
    assertFalse(UserQueryParser.asksWhen("WHEN program launch"));
    assertTrue(UserQueryParser.asksWhoFollowed("who replaced gelsinger at intel"));
    assertTrue(UserQueryParser.asksWhoFollowed("Who took over from Bezos"));
    assertTrue(UserQueryParser.asksWhoFollowed("who succeeded ginni rometty"));
    assertFalse(UserQueryParser.asksWhoFollowed("who replaced"));
    assertFalse(UserQueryParser.asksWhoFollowed("who took the blame at intel"));
    assertFalse(UserQueryParser.asksWhoFollowed("gelsinger replaced who"));
    assertFalse(UserQueryParser.asksWhoFollowed("WHO replaced its chief"));
    // Prepositions the analyzer keeps are left out too, but not a phrasal verb's particle.
    assertEquals(
        new All(
            List.of(
                word("nvidia", 0),
                word("walks", 7),
                word("away", 13),
                word("arm", 23),
                word("antitrust", 33))),
        UserQueryParser.parse("nvidia walks away from arm after antitrust", Prefix.NONE));
    assertEquals(
        new All(List.of(word("deal", 0), word("fell", 5), word("through", 10))),
        UserQueryParser.parse("deal fell through", Prefix.NONE));
    // Kept: in a phrase, in a field, in capitals, being typed, or with nothing else to search.
    for (String kept :
        List.of("\"who bought\" arm", "title:who arm", "WHO guidance", "arm who", "who did")) {
      UserQuery parsed = UserQueryParser.parse(kept, Prefix.LAST);
      assertTrue(parsed.toString().matches(".*text=(who|WHO)[,\\s].*"), kept + " → " + parsed);
    }
    assertEquals(
        new All(List.of(word("who", 0), new Not(word("arm", 5)))),
        UserQueryParser.parse("who -arm", Prefix.NONE));
  }

  @Test
  void aYearOrAMonthBeforeAYearAlsoMatchesTheArticlesPublishedThen() {
    assertEquals(
        new All(
            List.of(
                word("outages", 0),
                new During(
                    word("2021", 8),
                    new DateRange(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))))),
        UserQueryParser.parse("outages 2021", Prefix.NONE));
    assertEquals(
        new All(
            List.of(
                word("chip", 0),
                new During(
                    new All(List.of(word("Aug.", 10), word("2022", 15))),
                    new DateRange(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31))))),
        UserQueryParser.parse("chip news Aug. 2022", Prefix.NONE));
    assertEquals(
        new During(
            new All(List.of(word("february", 0), word("2024", 9))),
            new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))),
        UserQueryParser.parse("february 2024", Prefix.NONE));
    // Not a year: other numbers, a quoted or fielded one; a month without a year is a word.
    for (String kept : List.of("nvidia 1969", "nvidia 20245", "\"2021\" outages", "title:2021 x")) {
      assertFalse(
          UserQueryParser.parse(kept, Prefix.NONE).toString().contains("During"),
          kept + " → " + UserQueryParser.parse(kept, Prefix.NONE));
    }
    assertEquals(
        new All(List.of(word("march", 0), word("madness", 6))),
        UserQueryParser.parse("march madness", Prefix.NONE));
  }

  @Test
  void aPartOfAYearAlsoMatchesTheArticlesPublishedInIt() {
    assertEquals(
        new All(
            List.of(
                word("spending", 0),
                new During(
                    new All(List.of(word("early", 9), word("2025", 15))),
                    new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30))))),
        UserQueryParser.parse("spending early 2025", Prefix.NONE));
    assertEquals(
        new During(
            new All(List.of(word("Summer", 0), word("of", 7), word("2024", 10))),
            new DateRange(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31))),
        UserQueryParser.parse("Summer of 2024", Prefix.NONE));
    assertEquals(
        new During(
            word("mid-2023", 0),
            new DateRange(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 8, 31))),
        UserQueryParser.parse("mid-2023", Prefix.NONE));
    assertEquals(
        new During(
            new All(List.of(word("november", 0), word("of", 9), word("2023", 12))),
            new DateRange(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30))),
        UserQueryParser.parse("november of 2023", Prefix.NONE));
    // "fall" is a market report's verb: the year alone is the date.
    assertEquals(
        new All(
            List.of(
                word("shares", 0),
                word("fall", 7),
                new During(
                    word("2024", 12),
                    new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))),
        UserQueryParser.parse("shares fall 2024", Prefix.NONE));
  }

  @Test
  void aPartOfAMonthAlsoMatchesTheArticlesPublishedInIt() {
    assertEquals(
        new All(
            List.of(
                word("openai", 0),
                word("the", 7),
                new During(
                    new All(
                        List.of(
                            word("last", 11),
                            word("week", 16),
                            word("of", 21),
                            word("October", 24),
                            word("2025", 32))),
                    new DateRange(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 31))))),
        UserQueryParser.parse("openai the last week of October 2025", Prefix.NONE));
    assertWhole("second week of feb 2024", "2024-02-08", "2024-02-14");
    assertWhole("early march 2024", "2024-03-01", "2024-03-10");
    assertWhole("mid-October 2025", "2025-10-11", "2025-10-20");
    assertWhole("late feb 2024", "2024-02-21", "2024-02-29");
    // Without a year, a week or a third of a month is words; "late 2025" is a part of the year.
    for (String kept : List.of("last week of october", "early march", "mid-march")) {
      assertFalse(
          UserQueryParser.parse(kept, Prefix.NONE).toString().contains("During"),
          kept + " → " + UserQueryParser.parse(kept, Prefix.NONE));
    }
    assertWhole("late 2025", "2025-09-01", "2025-12-31");
  }

  /** {@code query} is one date, from {@code from} to {@code to}, every word of it typed. */
  private static void assertWhole(String query, String from, String to) {
    During during = (During) UserQueryParser.parse(query, Prefix.NONE);
    assertEquals(
        List.of(new DateRange(LocalDate.parse(from), LocalDate.parse(to))), during.readings());
    assertEquals(
        query,
        ((All) during.typed())
            .parts().stream().map(part -> ((Text) part).text()).collect(Collectors.joining(" ")));
  }

  @Test
  void aDayBeforeOrAfterItsMonthWithTheYearOrAnIsoDateAlsoMatchesTheArticlesPublishedThatDay() {
    DateRange day = new DateRange(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 4, 29));
    assertEquals(
        new All(
            List.of(
                word("openai", 0),
                new During(
                    new All(List.of(word("April", 7), word("29,", 13), word("2026", 17))), day))),
        UserQueryParser.parse("openai April 29, 2026", Prefix.NONE));
    assertEquals(
        new During(new All(List.of(word("29th", 0), word("apr.", 5), word("2026", 10))), day),
        UserQueryParser.parse("29th apr. 2026", Prefix.NONE));
    assertEquals(
        new During(word("2026-04-29", 0), day), UserQueryParser.parse("2026-04-29", Prefix.NONE));
    assertEquals(
        new During(
            word("2026-04", 0), new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))),
        UserQueryParser.parse("2026-04", Prefix.NONE));
    // A day the month does not have is a word; "30 april" then reads as April 2026.
    assertEquals(
        new All(
            List.of(
                word("31", 0),
                new During(
                    new All(List.of(word("april", 3), word("2026", 9))),
                    new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))))),
        UserQueryParser.parse("31 april 2026", Prefix.NONE));
    // In figures: the order that makes a date, dots day first, or the year first.
    for (String written :
        List.of("29/4/2026", "04/29/2026", "29.04.2026", "2026/04/29", "29/4/26", "4/29/26")) {
      assertEquals(
          new During(word(written, 0), day), UserQueryParser.parse(written, Prefix.NONE), written);
    }
    assertEquals(
        new During(
            word("5/5/2026", 0), new DateRange(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 5))),
        UserQueryParser.parse("5/5/2026", Prefix.NONE));
    // A day either way round is both days, the earlier first.
    for (String written : List.of("5/6/2026", "6/5/26")) {
      assertEquals(
          new During(
              word(written, 0),
              List.of(
                  new DateRange(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 6)),
                  new DateRange(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 5)))),
          UserQueryParser.parse(written, Prefix.NONE),
          written);
    }
    // A year of two figures is 1970 to 2069.
    assertEquals(
        new During(
            word("31.12.98", 0),
            new DateRange(LocalDate.of(1998, 12, 31), LocalDate.of(1998, 12, 31))),
        UserQueryParser.parse("31.12.98", Prefix.NONE));
    for (String kept :
        List.of(
            "2026-13",
            "2026-02-30",
            "1969-04-29",
            "april 29",
            "top 100 april",
            "31/31/2026",
            "04.29.2026",
            "30/2/2026",
            "1/2/3",
            "1/2")) {
      assertFalse(
          UserQueryParser.parse(kept, Prefix.NONE).toString().contains("During"),
          kept + " → " + UserQueryParser.parse(kept, Prefix.NONE));
    }
  }

  @Test
  void aBlankQueryMatchesEverything() {
    assertEquals(UserQuery.EVERYTHING, UserQueryParser.parse("   ", Prefix.NONE));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "amazon \"cloud deal | Cannot read the query: The quote at character 8 is never closed; add a \".",
        "(amazon OR google | Cannot read the query: The ( at character 1 is never closed; add a ).",
        "amazon) | Cannot read the query: The ) at character 7 has no matching (; remove it or add a (.",
        "OR amazon | Cannot read the query: OR at character 1 needs a term before it.",
        "amazon OR | Cannot read the query: OR at character 8 needs a term after it.",
        "amazon NOT | Cannot read the query: NOT at character 8 needs a term after it.",
        "company: amazon | Cannot read the query: 'company:' at character 1 needs a value right after"
            + " the colon, e.g. company:Amazon.",
        "* | Cannot read the query: The * at character 1 needs letters before it, e.g. micro* finds"
            + " Microsoft.",
        "\"openai amazon\"~51 | Cannot read the query: The ~ at character 16 allows at most 50 words"
            + " between a phrase's words, e.g. \"openai amazon\"~5.",
        "\"openai amazon\"~100 | Cannot read the query: The ~ at character 16 allows at most 50 words"
            + " between a phrase's words, e.g. \"openai amazon\"~5.",
      })
  void mistakesAreReportedWithTheirPosition(String query, String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class, () -> UserQueryParser.parse(query, Prefix.NONE));
    assertEquals(message, error.getMessage());
    assertEquals("bad_query", error.code());
  }

  @Test
  void limitsOnLengthTermsAndNestingAreEnforced() {
    assertEquals(
        "The query is 1001 characters long; the limit is 1000.",
        assertThrows(
                InvalidRequestException.class,
                () -> UserQueryParser.parse("a".repeat(1001), Prefix.NONE))
            .getMessage());
    assertEquals(
        "Cannot read the query: The query has more than 64 terms (at character 129); shorten it.",
        assertThrows(
                InvalidRequestException.class,
                () -> UserQueryParser.parse("a ".repeat(65), Prefix.NONE))
            .getMessage());
    assertEquals(
        "Cannot read the query: The query nests parentheses deeper than 8 (at character 9).",
        assertThrows(
                InvalidRequestException.class,
                () -> UserQueryParser.parse("(".repeat(9) + "a" + ")".repeat(9), Prefix.NONE))
            .getMessage());
  }
}

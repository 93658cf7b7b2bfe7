package newsarchive.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.Field;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Text;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.Prefix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserQueryParserTest {

  private static Text word(String text, int start) {
    return new Text(null, text, false, false, false, start, start + text.length());
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
                new Text(null, "exclusive cloud", true, false, false, 0, 17),
                new Any(
                    List.of(
                        new Text(Field.COMPANY, "Amazon", false, false, false, 26, 32),
                        new Text(Field.TOPIC, "chips", false, false, false, 42, 47))),
                new Not(word("azure", 49)),
                new Text(Field.TITLE, "micro", false, true, false, 61, 67))),
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
                        new Text(Field.COMPANY, "amazon", false, false, false, 16, 22),
                        new Text(Field.COMPANY, "google", false, false, false, 26, 32))))),
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
    Text typing = new Text(null, "nvid", false, false, true, 7, 11);
    assertEquals(
        new All(List.of(word("openai", 0), typing)),
        UserQueryParser.parse("openai nvid", Prefix.LAST));
    assertEquals(
        new Text(Field.TITLE, "nvid", false, false, true, 6, 10),
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

package newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SqliteIndexTest {

  @Test
  void queriesInTheArchiveSyntaxBecomeFts5ExpressionsWithEveryTermQuoted() {
    assertEquals("\"cloud\" \"customers\"", SqliteIndex.matchExpression("cloud customers"));
    assertEquals(
        "\"antitrust\" OR \"lawsuit\"", SqliteIndex.matchExpression("antitrust OR lawsuit"));
    assertEquals(
        "\"language model\" \"training\"",
        SqliteIndex.matchExpression("\"language model\" training"));
    assertEquals("\"semicond\"*", SqliteIndex.matchExpression("semicond*"));
    assertEquals("\"chips\" NOT \"nvidia\"", SqliteIndex.matchExpression("chips -nvidia"));
    assertEquals("\"open-source\"", SqliteIndex.matchExpression("open-source"));
  }

  @Test
  void aBlankQueryHasNoMatchExpressionSoItListsEverything() {
    assertNull(SqliteIndex.matchExpression("  "));
  }
}

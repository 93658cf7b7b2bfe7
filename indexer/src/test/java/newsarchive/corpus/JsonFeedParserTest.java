package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFeedParserTest {

  @Test
  void aBrokenJsonFeedIsReportedWithItsLineAndNoItemIsHalfRead(@TempDir Path dir) throws Exception {
    Path feed =
        Files.writeString(
            dir.resolve("broken.json"),
            """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Half",
             "items": [
               {"id": "1", "title": "Fine", "content_text": "ok"},
               {"id": "2", "title": "Broken" "content_text": "no comma"}
             ]}
            """);
    CollectingSink sink = CollectingSink.read(dir, feed);

    assertEquals(List.of(), sink.articles);
    assertEquals(
        List.of(
            Problem.failure(
                feed,
                4,
                "not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to"
                    + " separate Object entries")),
        sink.problems);
  }

  @Test
  void aDeeplyNestedJsonFeedIsRefusedWithinBounds(@TempDir Path dir) throws Exception {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    Path feed =
        Files.writeString(
            dir.resolve("deep.json"),
            "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": " + nested + "}");
    CollectingSink sink = CollectingSink.read(dir, feed);

    assertEquals(List.of(), sink.articles);
    assertEquals(1, sink.problems.size());
    assertEquals(
        "not valid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000, from"
            + " `StreamReadConstraints.getMaxNestingDepth()`)",
        sink.problems.getFirst().reason());
  }

  @Test
  void anItemThatIsNotAnObjectIsReportedAndTheOthersRead(@TempDir Path dir) throws Exception {
    Path feed =
        Files.writeString(
            dir.resolve("mixed.json"),
            """
            {"version": "https://jsonfeed.org/version/1.1",
             "items": ["just a string", {"url": "https://example.com/a", "title": "Real item"}]}
            """);
    CollectingSink sink = CollectingSink.read(dir, feed);

    assertEquals(
        List.of("https://example.com/a"), sink.articles.stream().map(a -> a.id()).toList());
    assertEquals(
        List.of(
            Problem.failure(feed, 1, "item is not a JSON object"),
            Problem.warning(feed, 2, "no publication date; indexed as undated")),
        sink.problems);
  }
}

package newsarchive.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/corpus/articles/2026/2026-04-29-openai.txt",
        "/corpus/jsonl/briefs.jsonl:17",
        "/corpus/feeds/wire.rss#3",
        "/corpus/odd:name/10:30 briefing.txt",
        "/corpus/feeds/#tag.atom#12"
      })
  void whatTheIndexStoresReadsBackAsTheSameOrigin(String stored) {
    assertEquals(stored, Origin.parse(stored).toString());
  }

  @Test
  void aLineAnItemOrAWholeFileIsWhereProblemsArePlaced() {
    List<Origin> written =
        List.of(
            Origin.line(Path.of("/c/a.jsonl"), 17),
            Origin.item(Path.of("/c/a.rss"), 3),
            Origin.file(Path.of("/c/a.txt")));
    assertEquals(written, written.stream().map(origin -> Origin.parse(origin.toString())).toList());
    assertEquals(List.of(17, 3, 0), written.stream().map(Origin::place).toList());
    assertEquals(
        List.of("/c/a.jsonl:17", "/c/a.rss#3", "/c/a.txt"),
        written.stream().map(Origin::toString).toList());
  }
}

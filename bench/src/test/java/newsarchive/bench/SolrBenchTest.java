package newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A small run of {@code bench solr}: every figure is produced, and every query of the mix gets the
 * same number of hits and of stories from the embedded index and from both local SolrClouds, and
 * every first hit the same related articles (never how fast).
 */
class SolrBenchTest {

  private static final List<String> KEYS =
      List.of(
          "solr.embedded_articles_per_s",
          "solr.node1_articles_per_s",
          "solr.node2_articles_per_s",
          "solr.embedded_p50_ms",
          "solr.embedded_p99_ms",
          "solr.node1_p50_ms",
          "solr.node1_p99_ms",
          "solr.node2_p50_ms",
          "solr.node2_p99_ms",
          "solr.embedded_stories_p50_ms",
          "solr.node2_stories_p99_ms",
          "solr.embedded_article_p50_ms",
          "solr.node2_article_p99_ms");

  @TempDir Path dir;

  @Test
  void aSmallRunGivesEveryFigureAndTheSameHitCountsOnAllThree() throws Exception {
    Path json = dir.resolve("figures.json");
    int status =
        new CommandLine(new BenchCommand())
            .execute(
                "bench",
                "solr",
                "--count=2000",
                "--repetitions=1",
                "--passes=1",
                "--solr-heap=256m",
                "--tables=../corpus",
                "--work=" + dir,
                "--json=" + json);
    assertEquals(0, status);
    Map<?, ?> figures = new ObjectMapper().readValue(json.toFile(), Map.class);
    for (String key : KEYS) {
      assertInstanceOf(Number.class, figures.get(key), key);
    }
    assertEquals(0, ((Number) figures.get("solr.differing_totals")).intValue());
    assertEquals(0, ((Number) figures.get("solr.differing_story_totals")).intValue());
    assertEquals(0, ((Number) figures.get("solr.differing_related")).intValue());
  }
}

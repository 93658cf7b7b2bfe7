package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.corpus.CorpusReader;
import newsarchive.enrich.ArticleTagger;
import newsarchive.index.Reindexer;
import newsarchive.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Stories over the bundled corpus, which carries the same news from more than one outlet: what
 * every backend answers the same, each subclass serving it from its own by {@link #fixture}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoryGroupingContract {

  private static TestServer server;

  /** The bundled corpus's folder. */
  static final List<Path> CORPUS = List.of(Path.of("../corpus").toAbsolutePath().normalize());

  /** A reindexer tagging the bundled corpus with its own tables, as {@code ./archive} does. */
  static Reindexer reindexer() throws IOException {
    return new Reindexer(new CorpusReader(), ArticleTagger.forCorpora(CORPUS, CORPUS.getFirst()));
  }

  /** The search service over the bundled corpus that the class's server answers from. */
  abstract SearchService fixture() throws Exception;

  @BeforeAll
  void start() throws Exception {
    server = new TestServer(fixture());
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  static JsonNode json(String pathAndQuery) throws Exception {
    TestServer.Response response = server.get(pathAndQuery);
    assertEquals(200, response.status(), response.body());
    return response.json();
  }

  private static List<String> titles(JsonNode result) {
    List<String> titles = new ArrayList<>();
    result.get("hits").forEach(hit -> titles.add(hit.get("title").asText()));
    return titles;
  }

  @Test
  void theTwoCopiesOfTheOpenAiInvestmentShowAsOneStoryWithTwoVersions() throws Exception {
    JsonNode articles = json("/api/search?q=title:multiyear&size=5");
    JsonNode stories = json("/api/search?q=title:multiyear&size=5&group=story");

    assertEquals(
        Set.of(
            "Microsoft announces multiyear, multibillion-dollar investment in OpenAI",
            "Microsoft announces multibillion-dollar, multiyear investment in OpenAI"),
        new HashSet<>(titles(articles)));
    assertNull(articles.get("hits").get(0).get("versions"));
    JsonNode story = stories.get("hits").get(0);
    assertEquals(1, stories.get("hits").size());
    assertEquals(articles.get("hits").get(0).get("id"), story.get("id"));
    assertEquals(2, story.get("versions").asInt());
    JsonNode other = articles.get("hits").get(1);
    assertEquals(
        "[{\"id\":\""
            + other.get("id").asText()
            + "\",\"title\":\""
            + other.get("title").asText()
            + "\",\"source\":\"Newsarchive Briefs\",\"published\":\"2023-01-23\"}]",
        story.get("otherVersions").toString());
    assertEquals(2, stories.get("total").asInt(), "total counts articles by default");
  }

  @Test
  void storyPagesTogetherHoldEveryArticleOnce() throws Exception {
    long articles = json("/api/search?size=1").get("total").asLong();
    Set<String> seen = new HashSet<>();
    int stories = storiesListed(seen);
    assertEquals(articles, seen.size());
    assertFalse(stories == articles, "the bundled corpus has copies");
  }

  @Test
  void badGroupingParametersAreClearErrors() throws Exception {
    assertEquals(
        "{\"error\":\"bad_parameter\",\"message\":\"group must be none or story, got 'stories'.\"}",
        server.get("/api/search?group=stories").body());
    assertEquals(
        "{\"error\":\"bad_parameter\",\"message\":\"count must be articles or stories, got 'all'.\"}",
        server.get("/api/search?count=all").body());
    String cursor = json("/api/search?size=1").get("nextCursor").asText();
    TestServer.Response response = server.get("/api/search?group=story&cursor=" + cursor);
    assertEquals(400, response.status());
    assertEquals(
        "cursor walks articles, not stories: use it with group=none, or page with group=story.",
        response.json().get("message").asText());
  }

  @Test
  void withCountStoriesTotalCountsTheStoriesThatStoryPagesList() throws Exception {
    assertEquals(1, json("/api/search?q=title:multiyear&count=stories").get("total").asInt());
    int stories = storiesListed(new HashSet<>());
    assertEquals(stories, json("/api/search?size=1&count=stories").get("total").asInt());
  }

  @Test
  void withCountStoriesEachFacetValueCountsItsStories() throws Exception {
    Map<String, Long> articles = companyCounts(json("/api/search?q=title:multiyear"));
    Map<String, Long> stories = companyCounts(json("/api/search?q=title:multiyear&count=stories"));

    // Both copies mention Google and Microsoft; only one mentions Amazon.
    assertEquals(Map.of("Microsoft", 2L, "OpenAI", 2L, "Google", 2L, "Amazon", 1L), articles);
    assertEquals(Map.of("Microsoft", 1L, "OpenAI", 1L, "Google", 1L, "Amazon", 1L), stories);
    assertEquals(
        Map.of("Microsoft", 1L, "OpenAI", 1L, "Google", 1L, "Amazon", 1L),
        companyCounts(json("/api/search?q=title:multiyear&company=Amazon&count=stories")));
  }

  /**
   * Walk every page of stories, checking each lists its versions, and add every article seen (once
   * each) to {@code seen}; the number of stories.
   */
  static int storiesListed(Set<String> seen) throws Exception {
    int stories = 0;
    for (int page = 1; ; page++) {
      JsonNode result = json("/api/search?size=25&group=story&page=" + page);
      assertNull(result.get("nextCursor"));
      for (JsonNode hit : result.get("hits")) {
        stories++;
        assertEquals(true, seen.add(hit.get("id").asText()));
        hit.get("otherVersions").forEach(v -> assertEquals(true, seen.add(v.get("id").asText())));
        assertEquals(hit.get("versions").asInt(), 1 + hit.get("otherVersions").size());
      }
      if (result.get("hits").size() < 25) {
        return stories;
      }
    }
  }

  static Map<String, Long> companyCounts(JsonNode result) {
    Map<String, Long> counts = new HashMap<>();
    result
        .get("facets")
        .get("company")
        .forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
    return counts;
  }
}

package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsarchive.enrich.StorySignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryAssignerTest {

  private static final String REST =
      "Cloudflare, which routes and protects traffic for about a fifth of the world's websites,"
          + " said the outage began with a configuration file that grew larger than expected and"
          + " caused software handling traffic across its network to crash. The company apologised"
          + " to its customers and said there was no sign of a cyber attack. The disruption was the"
          + " latest in a series of outages at large infrastructure providers that have shown how"
          + " much of the internet depends on a handful of companies.";

  @TempDir Path dir;
  private Path corpus;
  private Path index;

  @BeforeEach
  void corpus() throws Exception {
    corpus = TestCorpus.copy("reindex", dir.resolve("corpus"));
    index = dir.resolve("index");
  }

  @Test
  void aCopyInTheSameRunJoinsTheFirstArticlesStory() throws Exception {
    write(
        "wire.jsonl",
        copy("w1", "A failure at Cloudflare took down websites."),
        copy("w2", "Sites went dark."));

    TestCorpus.reindex(index, false, corpus);

    Map<String, Long> stories = TestCorpus.stories(index);
    assertEquals(StorySignature.storyOf("w1"), stories.get("w1"));
    assertEquals(StorySignature.storyOf("w1"), stories.get("w2"));
    assertEquals(StorySignature.storyOf("brief-1"), stories.get("brief-1"));
  }

  @Test
  void aCopyAddedLaterJoinsTheIndexedStoryAndOutlivesItsFirstArticle() throws Exception {
    write("wire.jsonl", copy("w1", "A failure at Cloudflare took down websites."));
    TestCorpus.reindex(index, false, corpus);
    write("more.jsonl", copy("w2", "Sites went dark on Tuesday."));
    TestCorpus.reindex(index, false, corpus);
    assertEquals(StorySignature.storyOf("w1"), TestCorpus.stories(index).get("w2"));

    Files.delete(corpus.resolve("wire.jsonl"));
    write("late.jsonl", copy("w3", "Cloudflare restored service after two hours."));
    TestCorpus.reindex(index, false, corpus);

    Map<String, Long> stories = TestCorpus.stories(index);
    assertEquals(null, stories.get("w1"));
    assertEquals(StorySignature.storyOf("w1"), stories.get("w2"));
    assertEquals(StorySignature.storyOf("w1"), stories.get("w3"));
  }

  @Test
  void anEditedArticleKeepsItsStoryAndOtherNewsStartsItsOwn() throws Exception {
    write(
        "wire.jsonl",
        copy("w1", "A failure at Cloudflare took down websites."),
        copy("w2", "Sites went dark."));
    TestCorpus.reindex(index, false, corpus);

    write(
        "wire.jsonl",
        copy("w1", "A failure at Cloudflare took down thousands of websites."),
        copy("w2", "Sites went dark."),
        "{\"id\": \"w9\", \"title\": \"Cloudflare names a new chief financial officer\", \"body\":"
            + " \"Cloudflare said its finance chief would retire.\", \"published\": \"2025-11-18\"}");
    TestCorpus.reindex(index, false, corpus);

    Map<String, Long> stories = TestCorpus.stories(index);
    assertEquals(StorySignature.storyOf("w1"), stories.get("w1"));
    assertEquals(StorySignature.storyOf("w1"), stories.get("w2"));
    assertEquals(StorySignature.storyOf("w9"), stories.get("w9"));
    assertNotEquals(stories.get("w1"), stories.get("brief-1"));
  }

  private static String copy(String id, String lede) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \"Cloudflare outage "
        + id
        + "\", \"body\": \""
        + lede
        + " "
        + REST
        + "\", \"published\": \"2025-11-18\"}";
  }

  private void write(String file, String... lines) throws Exception {
    Files.writeString(corpus.resolve(file), String.join("\n", lines) + "\n");
  }
}

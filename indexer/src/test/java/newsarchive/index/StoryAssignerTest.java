package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsarchive.enrich.RewordedCopy;
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

  @Test
  void aWriteUpUnderTheSameHeadlineAddedLaterJoinsTheIndexedStoryWithinTwoDays() throws Exception {
    String headline = "Microsoft announces multiyear, multibillion-dollar investment in OpenAI";
    String reordered = "Microsoft announces multibillion-dollar, multiyear investment in OpenAI";
    write(
        "first.jsonl",
        article(
            "m1",
            headline,
            "Microsoft said on Monday it would invest billions of dollars in OpenAI, extending a"
                + " partnership that began in 2019 and making Azure the lab's exclusive cloud.",
            "2023-01-23"));
    TestCorpus.reindex(index, false, corpus);
    write(
        "later.jsonl",
        article(
            "m2",
            reordered,
            "The software maker will deploy the start-up's models across its consumer and"
                + " enterprise products, according to a blog post published by the company.",
            "2023-01-24"),
        article(
            "m3",
            headline,
            "A week after the deal, analysts are still weighing what the money buys the company"
                + " beyond early access to research and a larger cloud customer.",
            "2023-01-27"));
    TestCorpus.reindex(index, false, corpus);

    Map<String, Long> stories = TestCorpus.stories(index);
    assertEquals(StorySignature.storyOf("m1"), stories.get("m2"));
    assertEquals(StorySignature.storyOf("m3"), stories.get("m3"));
  }

  /**
   * The lookup of indexed headlines requires most of the new headline's words, but cannot require
   * those the title field does not index as the headline reads them: "not" (a stop word of the
   * analyzer) and the "u" of "U.S." (one term "u.s" there). Five of seven shared words make a match
   * (5/7 ≥ 0.7) although only three are looked up.
   */
  @Test
  void aShorterHeadlineAddedLaterJoinsThoughTwoOfItsWordsAreNotIndexedAsWords() throws Exception {
    write(
        "first.jsonl",
        article(
            "r1",
            "Regulators will not clear the Nvidia Arm deal in U.S.",
            "The chip designer's sale has met objections from customers and rivals alike, and the"
                + " agency is expected to sue to block it before the end of the year.",
            "2021-12-01"));
    TestCorpus.reindex(index, false, corpus);
    write(
        "later.jsonl",
        article(
            "r2",
            "Regulators will not clear deal in U.S.",
            "Officials told reporters on Thursday that a lawsuit was being prepared and could be"
                + " filed within weeks, according to people familiar with the matter.",
            "2021-12-02"),
        article(
            "r3",
            "Regulators will not clear chip deal",
            "An unrelated transaction in another industry was also reviewed by the authorities"
                + " this week, with a decision due in the spring.",
            "2021-12-02"));
    TestCorpus.reindex(index, false, corpus);

    Map<String, Long> stories = TestCorpus.stories(index);
    assertEquals(StorySignature.storyOf("r1"), stories.get("r2"));
    assertEquals(StorySignature.storyOf("r3"), stories.get("r3"), "4 of 7 words is other news");
  }

  /**
   * A reworded copy shares no text band or headline with the indexed original: the lookup of
   * indexed articles giving most of its facts finds it.
   */
  @Test
  void aCopyAnotherOutletRewordedJoinsTheIndexedStoryInALaterReindex() throws Exception {
    write(
        "wire.jsonl",
        article("b1", RewordedCopy.WIRE_TITLE, RewordedCopy.WIRE, "2025-03-06"),
        article("b2", "Broadcom shares", "Shares of Broadcom rose on Friday.", "2025-03-07"));
    TestCorpus.reindex(index, false, corpus);
    write(
        "syndicated.jsonl",
        article("b3", RewordedCopy.REWORDED_TITLE, RewordedCopy.REWORDED, "2025-03-07"));
    TestCorpus.reindex(index, false, corpus);

    Map<String, Long> stories = TestCorpus.stories(index);
    assertEquals(StorySignature.storyOf("b1"), stories.get("b3"));
    assertEquals(StorySignature.storyOf("b2"), stories.get("b2"));
  }

  private static String copy(String id, String lede) {
    return article(id, "Cloudflare outage " + id, lede + " " + REST, "2025-11-18");
  }

  private static String article(String id, String title, String body, String published) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \""
        + title
        + "\", \"body\": \""
        + body
        + "\", \"published\": \""
        + published
        + "\"}";
  }

  private void write(String file, String... lines) throws Exception {
    Files.writeString(corpus.resolve(file), String.join("\n", lines) + "\n");
  }
}

package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

  static final Path FEEDS = Path.of("src/test/resources/corpus/feeds").toAbsolutePath();

  @Test
  void rssItemsBecomeArticlesWithHtmlAndCdataReducedToText() {
    Path file = FEEDS.resolve("rss.xml");
    CollectingSink sink = CollectingSink.read(FEEDS, file);

    assertEquals(
        List.of(
            new Article(
                "chipwire-1",
                "TSMC to build a fab in Arizona",
                "TSMC said it would build a $12 billion chip factory in Arizona.\n\n"
                    + "Production is due to start in 2024 & employ 1,600 people.",
                Instant.parse("2020-05-15T12:00:00Z"),
                "Chip Wire",
                "https://example.com/chips/tsmc-arizona",
                List.of("desk@example.com (Chip Desk)"),
                List.of(),
                List.of(),
                Origin.item(file, 1)),
            new Article(
                "https://example.com/chips/nvidia-mellanox-done",
                "Nvidia completes Mellanox deal",
                "Nvidia closed its purchase of Mellanox.",
                Instant.parse("2020-04-27T09:00:00Z"),
                "Chip Wire",
                "https://example.com/chips/nvidia-mellanox-done",
                List.of(),
                List.of(),
                List.of(),
                Origin.item(file, 2)),
            new Article(
                new CorpusFile(FEEDS, file).fallbackId("#3"),
                "Arm sale called off",
                "Plain text with no date and no link.",
                null,
                "Chip Wire",
                null,
                List.of(),
                List.of(),
                List.of(),
                Origin.item(file, 3))),
        sink.articles);
    assertEquals(
        List.of(Problem.warning(file, 3, "item has no usable date; indexed as undated")),
        sink.problems);
  }

  @Test
  void atomEntriesBecomeArticles() {
    Path file = FEEDS.resolve("cloud.atom");
    CollectingSink sink = CollectingSink.read(FEEDS, file);

    assertEquals(List.of(), sink.problems);
    assertEquals(
        new Article(
            "urn:example:cloud-notes:1",
            "Google Cloud adds Anthropic models",
            "Google Cloud customers can use Claude models.\n\nVertex AI",
            Instant.parse("2023-10-27T08:00:00Z"),
            "Cloud Notes",
            "https://example.com/cloud/anthropic-vertex",
            List.of("Dana Cloud"),
            List.of(),
            List.of(),
            Origin.item(file, 1)),
        sink.articles.get(0));
    assertEquals(Instant.parse("2024-02-29T17:30:00Z"), sink.articles.get(1).published());
    assertEquals(
        "Some Azure services were unavailable for two hours.", sink.articles.get(1).body());
  }

  @Test
  void aFeedWithADoctypeIsRefusedWhole() {
    Path file = FEEDS.resolve("doctype.rss");
    CollectingSink sink = CollectingSink.read(FEEDS, file);

    assertEquals(List.of(), sink.articles);
    assertEquals(
        List.of(
            Problem.failure(
                file,
                0,
                "feed declares a DOCTYPE, which is refused so that no external entity is ever read")),
        sink.problems);
  }

  @Test
  void anExternalEntityIsNeverReadIntoTheIndex(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    Path feed =
        Files.writeString(
            dir.resolve("xxe.rss"),
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss [ <!ENTITY leak SYSTEM "%s"> ]>
            <rss version="2.0"><channel><title>Leaky</title>
            <item><title>Leak &leak;</title><description>&leak;</description></item>
            </channel></rss>
            """
                .formatted(secret.toUri()));
    CollectingSink sink = CollectingSink.read(dir, feed);

    assertEquals(List.of(), sink.articles);
    assertEquals(1, sink.problems.size());
    assertFalse(sink.problems.toString().contains("TOP-SECRET"), sink.problems.toString());
  }

  @Test
  void aFeedCutShortKeepsWhatItHasWithAWarning() {
    Path file = FEEDS.resolve("broken.xml");
    CollectingSink sink = CollectingSink.read(FEEDS, file);

    assertEquals(
        List.of(
            new Article(
                new CorpusFile(FEEDS, file).fallbackId("#1"),
                "Unclosed",
                null,
                null,
                "Broken",
                null,
                List.of(),
                List.of(),
                List.of(),
                Origin.item(file, 1))),
        sink.articles);
    assertEquals(
        List.of(
            Problem.warning(
                file,
                1,
                "not well-formed XML (XML document structures must start and end within the same"
                    + " entity.), parsed leniently"),
            Problem.warning(file, 1, "item has no usable date; indexed as undated")),
        sink.problems);
  }

  @Test
  void aBillionLaughsIsRefusedWithoutExpandingAnything() throws Exception {
    Path file = FEEDS.resolve("../../wild/billion-laughs.xml").normalize();
    long before = CollectingSink.allocatedBytes();
    CollectingSink sink = CollectingSink.read(file.getParent(), file);
    long allocated = CollectingSink.allocatedBytes() - before;

    assertEquals(List.of(), sink.articles);
    assertEquals(
        List.of(
            Problem.failure(
                file,
                0,
                "feed declares a DOCTYPE, which is refused so that no external entity is ever read")),
        sink.problems);
    // Expanded, the entities would be 3 GB of "lol"; refusing them costs next to nothing.
    assertTrue(allocated < 32 << 20, allocated + " bytes allocated");
  }

  @Test
  void eachRepairKeepsLineNumbersAndNamesTheFirstPlace(@TempDir Path dir) throws Exception {
    Path feed =
        Files.writeString(
            dir.resolve("notes.rss"),
            """
            ﻿<b>Warning</b>: cache miss
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Notes &copy; Q&A</title>
            <item><title>Fish &amp; chips &#x26</title><description><![CDATA[R&D &nbsp;]]></description></item>
            </channel></rss>
            """);
    CollectingSink sink = CollectingSink.read(dir, feed);

    assertEquals(List.of("Fish & chips &"), sink.articles.stream().map(Article::title).toList());
    assertEquals("R&D", sink.articles.getFirst().body());
    assertEquals("Notes © Q&A", sink.articles.getFirst().source());
    assertEquals(
        List.of(
            Problem.warning(feed, 1, "text before the XML declaration, parsed leniently"),
            Problem.warning(
                feed, 3, "HTML entity that XML does not define (&copy;), parsed leniently"),
            Problem.warning(feed, 3, "unescaped '&', parsed leniently"),
            Problem.warning(feed, 4, "character reference without ';' (&#x26), parsed leniently"),
            Problem.warning(feed, 1, "item has no usable date; indexed as undated")),
        sink.problems);
  }
}

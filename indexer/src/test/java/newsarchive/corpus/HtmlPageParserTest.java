package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** News pages saved from a browser, as the sites that publish them mark them up. */
class HtmlPageParserTest {

  @Test
  void aPageDescribingItsArticleInJsonLdGivesThatArticleAndNoneOfThePageAroundIt(@TempDir Path dir)
      throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("nvidia-arm.html"),
            """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <title>Nvidia drops Arm deal | Tech Wire</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Tech Wire", "url": "https://techwire.example/"},
              {"@type": ["NewsArticle"], "headline": "Nvidia abandons $40 billion Arm deal",
               "datePublished": "2022-02-08T07:30:00Z",
               "url": "https://techwire.example/2022/02/08/nvidia-arm",
               "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Li Wei"}],
               "publisher": {"@type": "Organization", "name": "Tech Wire"},
               "articleBody": "Nvidia and SoftBank ended the deal on Tuesday.\\n\\nRegulators on three continents had objected."}
            ]}</script>
            </head><body>
            <nav><p>Home · Chips · Cloud</p></nav>
            <article><h1>Nvidia abandons $40 billion Arm deal</h1>
            <p>Nvidia and SoftBank ended the deal on Tuesday.</p></article>
            <footer><p>© Tech Wire</p></footer>
            </body></html>
            """);
    CollectingSink sink = CollectingSink.read(dir, page);

    assertEquals(List.of(), sink.problems);
    Article article = sink.articles.getFirst();
    assertEquals("https://techwire.example/2022/02/08/nvidia-arm", article.id());
    assertEquals("Nvidia abandons $40 billion Arm deal", article.title());
    assertEquals(
        "Nvidia and SoftBank ended the deal on Tuesday.\n\n"
            + "Regulators on three continents had objected.",
        article.body());
    assertEquals(Instant.parse("2022-02-08T07:30:00Z"), article.published());
    assertEquals("Tech Wire", article.source());
    assertEquals(List.of("Ana Ruiz", "Li Wei"), article.authors());
  }

  @Test
  void withoutJsonLdTheMetaTagsAndTheArticlesParagraphsTellItAndTheFurnitureStaysOut(
      @TempDir Path dir) throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("azure.htm"),
            """
            <html><head>
            <title>Azure outage | Cloud Daily</title>
            <meta property="og:title" content="Azure outage takes down Teams and Outlook">
            <meta property="og:site_name" content="Cloud Daily">
            <meta property="article:published_time" content="2023-01-25T10:00:00+00:00">
            <meta name="author" content="Sam Okafor">
            <link rel="canonical" href="https://clouddaily.example/azure-outage">
            </head><body>
            <header><p>Subscribe to Cloud Daily</p></header>
            <main>
              <article>
                <h1>Azure outage takes down Teams and Outlook</h1>
                <p>A network change took down Microsoft's Azure for hours on Wednesday.</p>
                <figure><img src="x.jpg"><figcaption><p>A data centre.</p></figcaption></figure>
                <aside><p>Related: AWS outage in Virginia</p></aside>
                <p>Teams and Outlook were unreachable across Europe.</p>
                <form><p>Sign up for our newsletter</p></form>
              </article>
              <article><p>Most read</p></article>
            </main>
            <script>document.write('<p>Injected</p>')</script>
            </body></html>
            """);
    CollectingSink sink = CollectingSink.read(dir, page);

    assertEquals(List.of(), sink.problems);
    Article article = sink.articles.getFirst();
    assertEquals("https://clouddaily.example/azure-outage", article.id());
    assertEquals("https://clouddaily.example/azure-outage", article.url());
    assertEquals("Azure outage takes down Teams and Outlook", article.title());
    assertEquals(
        "A network change took down Microsoft's Azure for hours on Wednesday.\n\n"
            + "Teams and Outlook were unreachable across Europe.",
        article.body());
    assertEquals(Instant.parse("2023-01-25T10:00:00Z"), article.published());
    assertEquals("Cloud Daily", article.source());
    assertEquals(List.of("Sam Okafor"), article.authors());
  }

  @Test
  void aPlainPageGivesItsHeadingTimeAndParagraphsButNotItsLinksInTheCharsetItDeclares(
      @TempDir Path dir) throws Exception {
    String html =
        """
        <html><head><meta charset="windows-1252"><title>Site name</title></head><body>
        <h1>Mistral AI raises \u20ac385 million</h1>
        <p>Published <time datetime="2023-12-11">11 December</time></p>
        <p>The Paris start-up's caf\u00e9 meetings paid off.</p>
        <p><a href="javascript:alert(1)">Share</a></p>
        </body></html>
        """;
    Path page = dir.resolve("mistral.html");
    Files.write(page, html.getBytes(Charset.forName("windows-1252")));
    CollectingSink sink = CollectingSink.read(dir, page);

    Article article = sink.articles.getFirst();
    assertEquals("Mistral AI raises \u20ac385 million", article.title());
    assertEquals(Instant.parse("2023-12-11T00:00:00Z"), article.published());
    assertEquals(
        "Published 11 December\n\nThe Paris start-up's caf\u00e9 meetings paid off.",
        article.body());
    assertEquals(null, article.url(), "no address of its own: the id is the file's");
    assertFalse(article.id().isBlank());
    assertEquals(List.of(), sink.problems);
  }

  @Test
  void aPageSavedBehindAPaywallKeepsTheSummaryItShowsOnShares(@TempDir Path dir) throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("paywalled.html"),
            """
            <html><head><title>Nvidia results | Chip Watch</title>
            <meta property="og:description" content="Nvidia said demand for Blackwell far exceeds supply.">
            </head><body><h1>Nvidia says Blackwell demand is far ahead of supply</h1>
            <div class="paywall">Subscribe to read the rest</div></body></html>
            """);
    Article article = CollectingSink.read(dir, page).articles.getFirst();

    assertEquals("Nvidia says Blackwell demand is far ahead of supply", article.title());
    assertEquals("Nvidia said demand for Blackwell far exceeds supply.", article.body());
  }

  @Test
  void aPageWithNoArticleIsReportedAndAPageWithoutADateIsIndexedUndated(@TempDir Path dir)
      throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Home</nav>");
    CollectingSink nothing = CollectingSink.read(dir, empty);
    assertEquals(List.of(), nothing.articles);
    assertEquals(
        List.of(Problem.failure(empty, 0, "no article found in the page; skipped")),
        nothing.problems);
    // Bytes that are no page (every value but NUL, which binary files are told by) are no article.
    byte[] noise = new byte[254 * 100];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 254 + 1);
    }
    Path junk = Files.write(dir.resolve("junk.html"), noise);
    assertEquals(
        List.of(Problem.failure(junk, 0, "no article found in the page; skipped")),
        CollectingSink.read(dir, junk).problems);

    Path undated =
        Files.writeString(
            dir.resolve("undated.html"),
            "<html><head><script type=\"application/ld+json\">{broken</script></head>"
                + "<body><h1>Undated</h1><p>Text.</p></body></html>");
    CollectingSink sink = CollectingSink.read(dir, undated);
    assertEquals("Undated", sink.articles.getFirst().title());
    assertEquals(null, sink.articles.getFirst().published());
    assertEquals(
        List.of(Problem.warning(undated, 0, "no publication date; indexed as undated")),
        sink.problems);
  }
}

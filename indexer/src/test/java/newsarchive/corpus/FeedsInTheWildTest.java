package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A folder of feeds as they are found in the wild (several encodings, flaws feed readers forgive,
 * JSON Feed, RDF, a gzipped download, files that are not feeds, hostile ones), read as a reindex
 * reads it: every item a feed reader shows is recovered, and only what is not a feed fails.
 */
class FeedsInTheWildTest {

  static final Path WILD = Path.of("src/test/resources/wild").toAbsolutePath();

  @Test
  void everyItemAFeedReaderShowsIsReadAndOnlyNonFeedsFail() throws Exception {
    CorpusReader reader = new CorpusReader();
    CollectingSink sink = new CollectingSink();
    for (Path file : reader.files(WILD)) {
      reader.read(WILD, file, sink);
    }

    assertEquals(
        List.of(
            "blog.json#1 | https://jo.example.blog/2025/gpu-prices | GPU prices, a year on"
                + " | 2025-11-20T15:00:00Z | Jo's Notebook | https://jo.example.blog/2025/gpu-prices"
                + " | [Jo Writer] | Prices fell by a third.\n\nSupply caught up.",
            "blog.json#2 | micro-2025-11-21 |  | 2025-11-21T08:00:00Z | Jo's Notebook | null"
                + " | [Guest Poster] | Short note:\n\nthe new laptop runs cool.",
            "blog.json#3 | 17 | Undated thoughts | null | Jo's Notebook | null | [Jo Writer]"
                + " | No date on this one.",
            "control-characters.rss#1 | wire-outage-1 | Outage at a cloud region"
                + " | 2025-02-01T10:00:00Z | Wire Desk | null | [] | Services were down for three"
                + " hours.",
            "cut-off.atom#1 | urn:example:devlog:2 | Release 2.0 | 2025-05-02T00:00:00Z | Dev Log"
                + " | null | [] | The new release ships today.",
            "cut-off.atom#2 | urn:example:devlog:3 | Release 2.1 preview | 2025-05-09T00:00:00Z"
                + " | Dev Log | null | [] | Faster builds and a new cache",
            "gzipped-feed.xml#1 | https://daily.example.com/chip-exports | Chip exports face new"
                + " rules | 2025-01-16T12:00:00Z | Compressed Daily"
                + " | https://daily.example.com/chip-exports | [] | The rules take effect in May.",
            "latin1-entities.xml#1 | https://fil.example.fr/mistral-fonds | Café talk — Mistral"
                + " raises funds | 2025-06-12T06:00:00Z | Le Fil Tech"
                + " | https://fil.example.fr/mistral-fonds | [] | Mistral’s new round values it at"
                + " €12 billion.",
            "latin1-entities.xml#2 | https://fil.example.fr/ubisoft-tencent | Ubisoft & Tencent"
                + " | 2025-06-13T06:00:00Z | Le Fil Tech | https://fil.example.fr/ubisoft-tencent"
                + " | [] | A new subsidiary &bogus; is formed.",
            "mislabelled-utf8.rss#1 | bytes-weekly-88 | Nvidia’s quarter | 2025-08-27T21:00:00Z"
                + " | Bytes Weekly | bytes-weekly-88 | [] | Revenue rose – again.",
            "netscape-091.rss#1 | https://old.example.com/search-engines | Search engines index"
                + " the web | null | Old Web Digest | https://old.example.com/search-engines | []"
                + " | A look back at the first crawlers.",
            "news-1.0.json#1 | https://news.example.io/acquisition | A startup is acquired"
                + " | 2025-12-05T16:00:00Z | Example News | https://news.example.io/acquisition"
                + " | [Desk Editor] | The deal closed on Friday.",
            "news-1.0.json#3 | news-3 | Earnings beat | 2025-12-08T09:00:00Z | Example News"
                + " | null | [] | Up 12%",
            "no-version.rss#1 | https://hand.example.com/1 | A feed written by hand"
                + " | 2025-11-02T12:00:00Z | Hand Rolled | https://hand.example.com/1 | []"
                + " | Its rss element has no version.",
            "podcast-blank-line.xml#1 | silicon-hour-41 | Episode 41: Inside a 2 nm fab"
                + " | 2025-01-06T06:00:00Z | Silicon Hour | null | [] | We tour the clean room"
                + " with a process engineer.",
            "podcast-blank-line.xml#2 | silicon-hour-40 | Episode 40: The memory crunch"
                + " | 2024-12-30T06:00:00Z | Silicon Hour | null | [] | ",
            "science-news.rss#1 | https://science.example.net/2025/chips-universities | Chip"
                + " makers & universities team up | 2025-03-04T14:00:00Z | Lab Notes"
                + " | https://science.example.net/2025/chips-universities | [] | Research &"
                + " development budgets grow as AT&T joins.",
            "science-news.rss#2 | https://science.example.net/2025/seawater?ref=rss&utm=feed"
                + " | Cooling with seawater | 2025-03-05T09:30:00Z | Lab Notes"
                + " | https://science.example.net/2025/seawater?ref=rss&utm=feed | [] | A data"
                + " centre in Finland uses the Baltic to cool its racks.",
            "undeclared-prefix.rss#1 | https://metro.example.com/robotaxis | Robotaxis reach a"
                + " third city | 2025-07-14T16:45:00Z | Metro Tech"
                + " | https://metro.example.com/robotaxis | [Sam Reporter] | Service starts next"
                + " month.",
            "utf-16.xml#1 | unicode-times-7 | 東京で新しいデータセンター | 2025-11-03T01:00:00Z"
                + " | Unicode Times | unicode-times-7 | [] | A new data centre in Tokyo.",
            "windows-1251.rss#1 | techno-501 | Яндекс открыл центр | 2025-09-09T04:00:00Z"
                + " | Техно | techno-501 | [] | Новый центр обработки данных.",
            "wire.rdf#1 | https://rdf.example.org/a | Open-source model tops a benchmark"
                + " | 2025-10-01T12:00:00Z | RDF Wire | https://rdf.example.org/a | [Ada Wire]"
                + " | The weights are public.",
            "wire.rdf#2 | https://rdf.example.org/b | Regulators open an inquiry"
                + " | 2025-10-02T00:00:00Z | RDF Wire | https://rdf.example.org/b | [] | "),
        sink.articles.stream().map(FeedsInTheWildTest::describe).toList());
    assertEquals(
        List.of(
            "failed: billion-laughs.xml: feed declares a DOCTYPE, which is refused so that no"
                + " external entity is ever read",
            "warning: blog.json:3: no publication date; indexed as undated",
            "warning: control-characters.rss:6: character XML forbids (U+001B and 1 more),"
                + " parsed leniently",
            "warning: control-characters.rss:9: reference to a character XML forbids (&#x1B;),"
                + " parsed leniently",
            "warning: cut-off.atom:16: not well-formed XML (XML document structures must start"
                + " and end within the same entity.), parsed leniently",
            "failed: error-page.xml: not a feed but a web page (its root element is <html>)",
            "failed: external-entity.rss: feed declares a DOCTYPE, which is refused so that no"
                + " external entity is ever read",
            "failed: gzipped-feed.xml:2: item has no title and no text",
            "warning: latin1-entities.xml:6: HTML entity that XML does not define (&nbsp; and 2"
                + " more), parsed leniently",
            "warning: latin1-entities.xml:9: character reference without ';' (&#8217), parsed"
                + " leniently",
            "warning: latin1-entities.xml:15: undefined entity, kept as text (&bogus;), parsed"
                + " leniently",
            "failed: logo.rss: binary file (it has NUL bytes), not text; skipped",
            "warning: mislabelled-utf8.rss:6: not valid UTF-8, read as Windows-1252, parsed"
                + " leniently",
            "warning: netscape-091.rss:2: DOCTYPE dropped unread, parsed leniently",
            "warning: netscape-091.rss:1: item has no usable date; indexed as undated",
            "failed: news-1.0.json:2: item has no title and no text",
            "failed: package.json: not a JSON Feed (its \"version\" is not"
                + " https://jsonfeed.org/version/1 or 1.1); skipped",
            "warning: podcast-blank-line.xml:1: white space before the XML declaration, parsed"
                + " leniently",
            "warning: science-news.rss:9: unescaped '&' (3 times), parsed leniently",
            "warning: undeclared-prefix.rss:8: not well-formed XML (The prefix \"dc\" for"
                + " element \"dc:creator\" is not bound.), parsed leniently"),
        sink.problems.stream()
            .map(
                p ->
                    (p.skipped() ? "failed: " : "warning: ")
                        + new Problem(WILD.relativize(p.file()), p.line(), p.reason(), false))
            .toList());
  }

  private static String describe(Article article) {
    String origin = WILD.relativize(article.origin().file()) + article.origin().position();
    return String.join(
        " | ",
        origin,
        article.id(),
        article.title(),
        String.valueOf(article.published()),
        article.source(),
        String.valueOf(article.url()),
        article.authors().toString(),
        article.body());
  }
}

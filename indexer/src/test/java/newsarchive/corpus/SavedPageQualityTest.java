package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsarchive.article.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How well saved news pages are read, on labelled sets of pages written blind to a brief of real
 * sites' markup (JSON-LD, Open Graph only, plain HTML; menus, cookie banners, related stories,
 * sign-up boxes, comments, author boxes, captions; a logo in an {@code <h1>}, published and updated
 * times, a paywall, a declared non-UTF-8 charset, a live blog). Each page's expected headline,
 * publication day, first and last paragraph, number of paragraphs and strings of page furniture
 * that must stay out of the body are in the set's {@code expected.jsonl}.
 *
 * <p>The first set (24 pages) measured once, before it was read: headline 22, day 18, first
 * paragraph 17, last paragraph 17, paragraph count 11, no furniture in the body 14. Read, its
 * misses were a standfirst, byline, author box, newsletter box and "Read more" link taken for
 * paragraphs, a logo {@code <h1>} for the headline, an updated time for the published one, dates
 * shown only as text, and a live blog's entries; the rules of {@link HtmlPageParser} (Mozilla
 * Readability's way of finding an article's text) then read all of it but one day, a page's evening
 * time in New York, which is the next day in UTC, where the archive keeps its dates.
 *
 * <p>The second set (24 pages, the same brief, each site and its markup of the writer's own
 * invention), written blind after those rules and measured once, never read: headline 23, day 20,
 * first paragraph 21, last paragraph 21, paragraph count 20 (whole bodies 20), no furniture 23. The
 * first version of the reading, before the rules, measured 20, 18, 14, 6, 3 and 7 there. Then read,
 * its misses were a JSON-LD articleBody cut short (taken over the page's six paragraphs), a page of
 * the 1990s with its paragraphs parted by line breaks, not {@code <p>}, and dates shown only in an
 * element called a date or timestamp, or at the top of an old page. The page's own paragraphs are
 * now the text unless they hold clearly less than the articleBody, a page without paragraphs gives
 * the text of its element holding the most, and such dates are read: headline 23, day 24, whole
 * bodies 23, no furniture 23; the first set unchanged.
 *
 * <p>The third set (24 pages, the same brief), written blind after all of those rules and measured
 * once, never read: headline 24, day 24, first paragraph 24, last paragraph 22, paragraph count 21
 * (whole bodies 21), no furniture 22 (two strings of it in two bodies).
 */
class SavedPageQualityTest {

  private static final Path PAGES = Path.of("src/test/resources/pages").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one page's reading got right. */
  private record Reading(
      String file,
      boolean title,
      boolean day,
      boolean first,
      boolean last,
      boolean count,
      List<String> furniture) {

    boolean whole() {
      return title && day && first && last && count && furniture.isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "first, 24, 24, 23, 24, 24",
    "second, 24, 23, 24, 23, 23",
    "third, 24, 24, 24, 21, 22"
  })
  void savedPagesGiveTheirHeadlineDayAndParagraphsAndNoFurniture(
      String set, int pages, int titles, int days, int bodies, int clean) throws Exception {
    Path dir = PAGES.resolve(set);
    List<Reading> readings = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("expected.jsonl"))) {
      if (!line.isBlank()) {
        readings.add(read(dir, JSON.readTree(line)));
      }
    }
    String report =
        readings.stream().filter(r -> !r.whole()).map(Reading::toString).toList().toString();
    System.out.printf(
        "Saved pages, %s set: %d pages, headline %d, day %d, first paragraph %d, last paragraph"
            + " %d, paragraph count %d, no furniture %d%n",
        set,
        readings.size(),
        readings.stream().filter(Reading::title).count(),
        readings.stream().filter(Reading::day).count(),
        readings.stream().filter(Reading::first).count(),
        readings.stream().filter(Reading::last).count(),
        readings.stream().filter(Reading::count).count(),
        readings.stream().filter(r -> r.furniture().isEmpty()).count());

    assertEquals(pages, readings.size());
    assertTrue(readings.stream().filter(Reading::title).count() >= titles, report);
    assertTrue(readings.stream().filter(Reading::day).count() >= days, report);
    assertTrue(
        readings.stream().filter(r -> r.first() && r.last() && r.count()).count() >= bodies,
        report);
    assertTrue(readings.stream().filter(r -> r.furniture().isEmpty()).count() >= clean, report);
  }

  private static Reading read(Path dir, JsonNode expected) {
    String file = expected.get("file").asText();
    CollectingSink sink = new CollectingSink();
    new CorpusReader().read(dir, dir.resolve(file), sink);
    Article article = sink.articles.getFirst();
    String body = article.body() == null ? "" : normal(article.body());
    List<String> paragraphs =
        List.of(article.body() == null ? new String[0] : article.body().split("\n\n"));
    String day =
        article.published() == null
            ? null
            : article.published().atZone(ZoneOffset.UTC).toLocalDate().toString();
    List<String> furniture = new ArrayList<>();
    expected
        .get("not_in_body")
        .forEach(
            text -> {
              if (body.contains(normal(text.asText()))) {
                furniture.add(text.asText());
              }
            });
    return new Reading(
        file,
        normal(expected.get("title").asText()).equals(normal(article.title())),
        Objects.equals(
            expected.get("published").isNull() ? null : expected.get("published").asText(), day),
        !paragraphs.isEmpty()
            && normal(paragraphs.getFirst()).equals(normal(expected.get("first").asText())),
        !paragraphs.isEmpty()
            && normal(paragraphs.getLast()).equals(normal(expected.get("last").asText())),
        paragraphs.size() == expected.get("paragraphs").asInt(),
        furniture);
  }

  /** Text with its runs of white space made one space, as a reader sees it. */
  private static String normal(String text) {
    return text == null ? "" : text.replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}

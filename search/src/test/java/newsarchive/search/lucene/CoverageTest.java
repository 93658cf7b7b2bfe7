package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsarchive.search.ComentionRequest;
import newsarchive.search.Comentions;
import newsarchive.search.Comentions.Comention;
import newsarchive.search.DateRange;
import newsarchive.search.DimensionValue;
import newsarchive.search.Interval;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult.Bucket;
import newsarchive.search.SearchService;
import newsarchive.search.Timeline;
import newsarchive.search.TimelineRequest;
import newsarchive.search.TimelineRequest.Normalize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timelines and co-mentions on the sixteen fixture articles (two segments, one undated article),
 * each compared whole with what counting the fixture by hand gives.
 */
class CoverageTest {

  @TempDir static Path indexDir;

  static SearchService service;

  @BeforeAll
  static void open() throws Exception {
    FixtureCorpus.write(indexDir);
    service = LuceneSearch.open(indexDir);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchRequest search(
      String query, Map<String, List<String>> selections, DateRange dates, Interval interval) {
    return new SearchRequest(query, null, selections, dates, null, 1, 20, null, 20, interval);
  }

  /** A series as one readable line: value, total, then the count of each period. */
  private static String line(Timeline.Series series) {
    return series.value()
        + " "
        + series.total()
        + " "
        + series.points().stream().map(p -> String.valueOf(p.count())).toList();
  }

  @Test
  void withoutSeriesTheFiveCompaniesMostInTheNewsAreChartedPerYearWithEveryYearListed()
      throws Exception {
    Timeline timeline =
        service.timeline(
            new TimelineRequest(
                search("", Map.of(), DateRange.ALL, Interval.YEAR), List.of(), null, null));
    assertEquals(
        List.of(
            new Bucket("2019", 1),
            new Bucket("2020", 0),
            new Bucket("2021", 0),
            new Bucket("2022", 0),
            new Bucket("2023", 4),
            new Bucket("2024", 7),
            new Bucket("2025", 2),
            new Bucket("2026", 1)),
        timeline.periods());
    assertEquals(
        List.of(
            "company:Amazon 5 [0, 0, 0, 0, 2, 1, 1, 1]",
            "company:Microsoft 5 [1, 0, 0, 0, 1, 2, 0, 1]",
            "company:OpenAI 5 [1, 0, 0, 0, 1, 2, 0, 1]",
            // a13 is undated: Anthropic has four articles, three of them in a period.
            "company:Anthropic 3 [0, 0, 0, 0, 1, 1, 1, 0]",
            "company:Google 3 [0, 0, 0, 0, 1, 1, 1, 0]"),
        timeline.series().stream().map(CoverageTest::line).toList());
    assertEquals(16, timeline.matches());
    assertEquals("year", timeline.interval());
    assertEquals("count", timeline.normalize());
    assertEquals("all articles per year", timeline.denominator());
    assertNull(timeline.series().getFirst().points().getFirst().share());
  }

  @Test
  void aSharesDenominatorIsTheQuerysArticlesOfThePeriodAndValuesMatchIgnoringCase()
      throws Exception {
    Timeline timeline =
        service.timeline(
            new TimelineRequest(
                search("", Map.of("topic", List.of("chips")), DateRange.ALL, Interval.YEAR),
                List.of(
                    new DimensionValue("company", "nvidia"),
                    new DimensionValue("company", "Amazon"),
                    new DimensionValue("company", "Nobody")),
                null,
                Normalize.SHARE));
    assertEquals(
        new Timeline(
            "year",
            "share",
            4,
            List.of(
                new Timeline.Series(
                    "company:Nvidia",
                    2,
                    List.of(
                        new Timeline.Point("2024", 2, 1.0), new Timeline.Point("2025", 0, 0.0))),
                new Timeline.Series(
                    "company:Amazon",
                    1,
                    List.of(
                        new Timeline.Point("2024", 0, 0.0), new Timeline.Point("2025", 1, 0.5))),
                new Timeline.Series(
                    "company:Nobody",
                    0,
                    List.of(
                        new Timeline.Point("2024", 0, 0.0), new Timeline.Point("2025", 0, 0.0)))),
            "articles matching topic=Chips per year",
            List.of(new Bucket("2024", 2), new Bucket("2025", 2)),
            false,
            0),
        withoutTime(timeline));
  }

  @Test
  void weeksAreIsoWeeksNamedAsTheDateFiltersTakeThem() throws Exception {
    Timeline timeline =
        service.timeline(
            new TimelineRequest(
                search("nvidia", Map.of(), DateRange.parse("2024-W12", "2024-W12"), Interval.WEEK),
                List.of(new DimensionValue("topic", "Chips")),
                null,
                Normalize.COUNT));
    // a04 is published on Monday 2024-03-18, the first day of ISO week 12.
    assertEquals(
        List.of("topic:Chips 1 [1]"), timeline.series().stream().map(CoverageTest::line).toList());
    assertEquals(List.of(new Bucket("2024-W12", 1)), timeline.periods());
    assertEquals(
        "articles matching q=nvidia, from=2024-03-18, to=2024-03-24 per week",
        timeline.denominator());
  }

  @Test
  void openAiAppearsMostWithMicrosoftAndLiftComparesWithChanceOverTheWholeArchive()
      throws Exception {
    Comentions comentions =
        service.comentions(
            new ComentionRequest(search("", Map.of(), DateRange.ALL, null), "openai", 20));
    assertEquals("OpenAI", comentions.company());
    assertEquals(5, comentions.total());
    assertEquals(16, comentions.population());
    // lift = count × 16 / (5 × the company's articles): Microsoft 4 × 16 / (5 × 5).
    assertEquals(
        List.of(
            "Microsoft 4 0.8 2.56",
            "Amazon 2 0.4 1.28",
            "Anthropic 1 0.2 0.8",
            "Apple 1 0.2 3.2",
            "Google 1 0.2 1.0667"),
        comentions.companies().stream().map(CoverageTest::pair).toList());
    List<Bucket> months = comentions.companies().getFirst().months();
    assertEquals(82, months.size(), "every month from 2019-07 to 2026-04");
    assertEquals(
        Map.of("2019-07", 1L, "2023-01", 1L, "2024-01", 1L, "2026-04", 1L),
        months.stream()
            .filter(month -> month.count() > 0)
            .collect(Collectors.toMap(Bucket::period, Bucket::count)));
  }

  @Test
  void coMentionsCountOnlyTheSearchsArticlesAndListAsManyAsAsked() throws Exception {
    Comentions comentions =
        service.comentions(
            new ComentionRequest(
                search("", Map.of("topic", List.of("Partnerships")), DateRange.ALL, null),
                "OpenAI",
                3));
    assertEquals(5, comentions.total());
    assertEquals(7, comentions.population());
    assertEquals(
        List.of("Microsoft 4 0.8 1.4", "Amazon 2 0.4 0.9333", "Anthropic 1 0.2 0.4667"),
        comentions.companies().stream().map(CoverageTest::pair).toList());
  }

  @Test
  void anUnknownCompanyHasNoCoMentions() throws Exception {
    Comentions comentions =
        service.comentions(
            new ComentionRequest(search("", Map.of(), DateRange.ALL, null), "Initech", 20));
    assertEquals(
        new Comentions("Initech", 0, 16, List.of(), false, 0),
        new Comentions(
            comentions.company(),
            comentions.total(),
            comentions.population(),
            comentions.companies(),
            comentions.partial(),
            0));
  }

  private static String pair(Comention comention) {
    return comention.value()
        + " "
        + comention.count()
        + " "
        + comention.share()
        + " "
        + comention.lift();
  }

  private static Timeline withoutTime(Timeline timeline) {
    return new Timeline(
        timeline.interval(),
        timeline.normalize(),
        timeline.matches(),
        timeline.series(),
        timeline.denominator(),
        timeline.periods(),
        timeline.partial(),
        0);
  }
}

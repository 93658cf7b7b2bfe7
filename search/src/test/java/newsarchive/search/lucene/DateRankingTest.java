package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year in the query ranks the articles published then above those that name it in passing: a
 * report seldom prints its own year, while a later one recalls it as background; a day, the reports
 * of that day and the week after it.
 */
class DateRankingTest {

  @TempDir static Path indexDir;
  private static SearchService search;

  @BeforeAll
  static void open() throws Exception {
    FixtureCorpus.write(
        indexDir,
        List.of(
            FixtureCorpus.article(
                "then",
                "Microsoft invests one billion dollars in OpenAI",
                "2019-07-22",
                "Wire",
                List.of(),
                List.of(),
                "Microsoft will invest one billion dollars in OpenAI and become its exclusive"
                    + " cloud provider, the companies said on Monday in San Francisco and Redmond,"
                    + " where the software maker will build a platform for training and serving"
                    + " the research lab's systems on its data centres over the coming years."),
            FixtureCorpus.article(
                "later",
                "Microsoft announces a multibillion-dollar investment in OpenAI",
                "2023-01-23",
                "Wire",
                List.of(),
                List.of(),
                "Microsoft extends the investment it began in 2019 with a multiyear investment in"
                    + " OpenAI, whose models run on Azure, and in 2019 it became OpenAI's cloud."),
            FixtureCorpus.article(
                "outage",
                "AWS outage disrupts streaming and deliveries",
                "2021-12-07",
                "Wire",
                List.of(),
                List.of(),
                "An outage in Amazon Web Services' US-EAST-1 region knocked streaming services,"
                    + " delivery apps and smart doorbells offline for hours on Tuesday."),
            FixtureCorpus.article(
                "cause",
                "AWS says network congestion caused the outage",
                "2021-12-11",
                "Wire",
                List.of(),
                List.of(),
                "AWS said the root cause of Tuesday's outage was congestion on its internal"
                    + " network, set off by an automated scaling activity."),
            FixtureCorpus.article(
                "older",
                "AWS explains the root cause of its Kinesis outage",
                "2020-11-28",
                "Wire",
                List.of(),
                List.of(),
                "AWS said the root cause of the outage in US-EAST-1 was a Kinesis capacity"
                    + " increase that exceeded the threads its servers allow; root cause analysis"
                    + " continues.")));
    search = LuceneSearch.open(indexDir);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  @Test
  void theArticlePublishedInTheYearTypedRanksAboveOneRecallingIt() throws Exception {
    List<String> ids =
        search.search(SearchRequest.of("microsoft openai investment 2019")).hits().stream()
            .map(Hit::id)
            .toList();

    assertEquals(List.of("then", "later"), ids);
  }

  @Test
  void aDayTypedRanksTheReportsOfTheWeekAfterAboveAnotherYearsNews() throws Exception {
    // The cause of an outage, the fallout of a deal: reported in the days after the day typed.
    List<String> ids =
        search
            .search(SearchRequest.of("aws us-east-1 outage December 7, 2021 root cause"))
            .hits()
            .stream()
            .map(Hit::id)
            .toList();

    assertEquals("cause", ids.getFirst(), ids::toString);
  }

  @Test
  void aDayOrWeekTypedAloneListsItsOwnArticlesFirstAnyWayItIsWritten() throws Exception {
    // "12/7/2021" is December 7 in the United States and 12 July in Europe: both days are read.
    // A week of a month ranks its own seven days first, then the calendar weeks around them.
    for (String day :
        List.of(
            "December 7, 2021",
            "2021-12-07",
            "12/7/2021",
            "7.12.2021",
            "first week of December 2021")) {
      List<String> ids = search.search(SearchRequest.of(day)).hits().stream().map(Hit::id).toList();

      assertEquals(List.of("outage", "cause"), ids, day);
    }
  }
}

package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.article.Article;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The trends view in real Chromium: the chart follows the API, and its actions narrow searches. */
class TrendsPageTest extends BrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theChartHasOneLinePerComparedVendorWithTheApisNumbers() throws Exception {
    browser.open(archive.url("view=trends&series=company:Amazon&interval=month"));
    waitForLines(List.of("company:Amazon"));
    compare("Microsoft");
    browser.waitUntil(
        d ->
            d.getCurrentUrl()
                .endsWith(
                    "/?view=trends&series=company%3AAmazon&series=company%3AMicrosoft"
                        + "&interval=month"));
    waitForLines(List.of("company:Amazon", "company:Microsoft"));

    JsonNode api =
        api("/api/timeline?series=company:Amazon&series=company:Microsoft&interval=month");
    Map<String, String> expected = new LinkedHashMap<>();
    List<String> totals = new ArrayList<>();
    for (JsonNode series : api.get("series")) {
      List<String> counts = new ArrayList<>();
      series.get("points").forEach(point -> counts.add(point.get("count").asText()));
      expected.put(series.get("value").asText(), String.join(",", counts));
      totals.add(series.get("total").asLong() + " articles");
    }
    assertEquals(expected, lines("data-counts"));
    assertEquals(totals, browser.texts("#trend-legend .legend-total"));
    assertEquals(List.of("4 articles", "4 articles"), totals, "as the fixture has them");

    driver.navigate().back();
    waitForLines(List.of("company:Amazon"));
    driver.navigate().forward();
    waitForLines(List.of("company:Amazon", "company:Microsoft"));
    browser.screenshots("trends-counts");
  }

  @Test
  void sharesNeverExceedAHundredPercentAndHoverReadsAPeriodOut() throws Exception {
    browser.open(archive.url("view=trends&series=company:Amazon&series=topic:Cloud"));
    waitForLines(List.of("company:Amazon", "topic:Cloud"));
    driver.findElement(By.cssSelector("#normalize button[data-normalize='share']")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("normalize=share"));
    browser.waitUntil(d -> lines("data-shares").size() == 2);

    JsonNode api = api("/api/timeline?series=company:Amazon&series=topic:Cloud&normalize=share");
    Map<String, List<Double>> expected = new LinkedHashMap<>();
    for (JsonNode series : api.get("series")) {
      List<Double> shares = new ArrayList<>();
      series.get("points").forEach(point -> shares.add(point.get("share").asDouble()));
      expected.put(series.get("value").asText(), shares);
    }
    Map<String, List<Double>> drawn = new LinkedHashMap<>();
    lines("data-shares")
        .forEach(
            (series, shares) ->
                drawn.put(series, Arrays.stream(shares.split(",")).map(Double::valueOf).toList()));
    assertEquals(expected, drawn);
    assertTrue(
        drawn.values().stream().flatMap(List::stream).allMatch(share -> share <= 1), "" + drawn);
    List<Double> percents = new ArrayList<>();
    for (WebElement period : driver.findElements(By.cssSelector(".trend-period"))) {
      Matcher percent =
          Pattern.compile("\\(([\\d.]+)%\\)").matcher(period.getAttribute("aria-label"));
      while (percent.find()) {
        percents.add(Double.parseDouble(percent.group(1)));
      }
    }
    assertTrue(!percents.isEmpty() && percents.stream().allMatch(p -> p <= 100), "" + percents);

    // Few articles over a year and a half are counted per quarter.
    WebElement april = driver.findElement(By.cssSelector(".trend-period[data-period='2026-Q2']"));
    new Actions(driver).moveToElement(april).perform();
    // The second quarter of 2026 has two articles (in April), both on cloud, one about Amazon.
    browser.waitFor(
        "Q2 2026: Amazon 1 (50%) · Cloud (topic) 2 (100%) · of 2 articles",
        () -> browser.text("#trend-readout"));
    browser.screenshots("trends-share");
  }

  @Test
  void clickingAPeriodNarrowsTheDatesToIt() throws Exception {
    browser.open(archive.url("view=trends&series=company:Amazon&interval=month"));
    waitForLines(List.of("company:Amazon"));
    driver.findElement(By.cssSelector(".trend-period[data-period='2025-10']")).click();
    browser.waitUntil(
        d ->
            d.getCurrentUrl()
                .endsWith(
                    "/?from=2025-10&to=2025-10&view=trends&series=company%3AAmazon&interval=month"));
    assertEquals("2025-10", driver.findElement(By.id("from")).getDomProperty("value"));
    browser.waitFor(Map.of("company:Amazon", "1"), () -> lines("data-counts"));
  }

  @Test
  void clickingAWeekNarrowsTheDatesToItsMondayToSunday() throws Exception {
    browser.open(archive.url("view=trends&series=company:Amazon&interval=week&from=2025-10"));
    waitForLines(List.of("company:Amazon"));
    // Amazon's antitrust settlement, Thursday 2025-10-30, is in ISO week 44.
    driver.findElement(By.cssSelector(".trend-period[data-period='2025-W44']")).click();
    browser.waitUntil(
        d ->
            d.getCurrentUrl()
                .endsWith(
                    "/?from=2025-10-27&to=2025-11-02&view=trends&series=company%3AAmazon"
                        + "&interval=week"));
    browser.waitFor(Map.of("company:Amazon", "1"), () -> lines("data-counts"));
    assertEquals(
        List.of("2025-W44"),
        driver.findElements(By.cssSelector(".trend-period")).stream()
            .map(period -> period.getAttribute("data-period"))
            .toList());
  }

  @Test
  void choosingAnIntervalRecountsTheChartPerThatPeriodAndBestFitChoosesAgain() throws Exception {
    browser.open(archive.url("view=trends&series=company:Amazon"));
    waitForLines(List.of("company:Amazon"));
    List<String> bestFit = periods();
    assertEquals(
        "",
        new Select(driver.findElement(By.id("interval")))
            .getFirstSelectedOption()
            .getAttribute("value"));

    new Select(driver.findElement(By.id("interval"))).selectByValue("year");
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("&interval=year"));
    List<String> years = new ArrayList<>();
    api("/api/timeline?series=company:Amazon&interval=year")
        .get("periods")
        .forEach(period -> years.add(period.get("period").asText()));
    browser.waitFor(years, TrendsPageTest::periods);
    assertTrue(years.size() < bestFit.size(), years + " against " + bestFit);

    driver.navigate().refresh();
    browser.waitFor(years, TrendsPageTest::periods);
    assertEquals(
        "year",
        new Select(driver.findElement(By.id("interval")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the choice is in the address");

    new Select(driver.findElement(By.id("interval"))).selectByValue("");
    browser.waitUntil(d -> !d.getCurrentUrl().contains("interval="));
    browser.waitFor(bestFit, TrendsPageTest::periods);
  }

  private static List<String> periods() {
    return driver.findElements(By.cssSelector(".trend-period")).stream()
        .map(period -> period.getAttribute("data-period"))
        .toList();
  }

  @Test
  void theWithPanelRanksCoMentionsAndItsLinkListsOnlyArticlesWithBoth() throws Exception {
    browser.open(archive.url("view=trends&series=company:OpenAI"));
    browser.waitFor("With OpenAI", () -> browser.text("#with-heading"));
    browser.waitFor(List.of("Microsoft", "Amazon"), () -> browser.texts("#with-list .with-link"));
    assertEquals(
        List.of("2 · 67% · lift 2.0×", "1 · 33% · lift 1.0×"),
        browser.texts("#with-list .with-figures"));
    browser.screenshots("trends-with");

    driver.findElement(By.linkText("Microsoft")).click();
    browser.waitUntil(
        d ->
            d.getCurrentUrl()
                .endsWith("/?q=company%3AOpenAI+company%3AMicrosoft&series=company%3AOpenAI"));
    List<String> both =
        FixtureArchive.ARTICLES.stream()
            .filter(a -> a.companies().containsAll(List.of("OpenAI", "Microsoft")))
            .map(Article::title)
            .sorted()
            .toList();
    assertEquals(2, both.size());
    browser.waitFor(both, () -> browser.texts("#hits .hit-title").stream().sorted().toList());
  }

  /** Press "Compare" beside a company in the filters. */
  private static void compare(String company) {
    driver
        .findElement(
            By.cssSelector(
                "#facet-values-company button.compare[aria-label='Compare "
                    + company
                    + " over time']"))
        .click();
  }

  private static void waitForLines(List<String> series) {
    browser.waitFor(series, () -> List.copyOf(lines("data-series").keySet()));
  }

  /** Each chart line's series and the value of one of its attributes, read in one go. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> lines(String attribute) {
    List<List<String>> pairs =
        (List<List<String>>)
            browser.script(
                "return [...document.querySelectorAll('#trend-chart polyline')]"
                    + ".filter(l => l.hasAttribute(arguments[0]))"
                    + ".map(l => [l.dataset.series, l.getAttribute(arguments[0])]);",
                attribute);
    Map<String, String> lines = new LinkedHashMap<>();
    pairs.forEach(pair -> lines.put(pair.get(0), pair.get(1)));
    return lines;
  }

  private static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(archive.url()).resolve(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }
}

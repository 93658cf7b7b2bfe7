package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsarchive.article.Article;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The search page in real Chromium against the real server: searching, filtering, the URL. */
class SearchPageTest extends BrowserTest {

  @Test
  void typingAQueryShowsHighlightedResults() throws Exception {
    browser.open(archive.url());
    new Actions(driver).sendKeys("/").perform();
    WebElement box = driver.switchTo().activeElement();
    assertEquals("q", box.getAttribute("id"), "/ focuses the search box");
    box.sendKeys("exclusivity");

    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?q=exclusivity"));
    waitForTitlesInAnyOrder(titlesWithWord("exclusivity"));
    List<String> marked = browser.texts(".hit-title mark, .hit-snippet mark");
    assertFalse(marked.isEmpty(), "matches are marked");
    assertEquals(
        List.of(),
        marked.stream().filter(m -> !m.toLowerCase().startsWith("exclusiv")).toList(),
        "only the query's word (or its stem) is marked");
    assertTrue(browser.text("#summary").startsWith("2 stories"), () -> browser.text("#summary"));
    browser.screenshots("typing-shows-highlighted-results");
  }

  @Test
  void anUnfinishedWordFindsArticlesLetterByLetterWithoutANoResultsState() throws Exception {
    browser.open(archive.url());
    // Count every "No articles found" the page shows, however briefly, while the word is typed.
    browser.script(
        """
        window.emptyStates = 0;
        const status = document.getElementById('status');
        new MutationObserver(() => {
          if (status.textContent.includes('No articles found')) window.emptyStates++;
        }).observe(status, { childList: true, subtree: true, characterData: true });""");
    WebElement box = driver.findElement(By.id("q"));
    for (String typed : List.of("n", "nv", "nvi", "nvid")) {
      box.sendKeys(typed.substring(typed.length() - 1));
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?q=" + typed));
      browser.waitUntil(
          d -> browser.text("#results-heading").equals("Results for “" + typed + "”"));
    }

    waitForTitlesInAnyOrder(titlesWithWord("nvidia"));
    assertEquals(
        List.of("Nvidia"),
        browser.texts(".hit-title mark").stream().distinct().toList(),
        "the unfinished word marks the word it begins");
    assertEquals(0L, browser.script("return window.emptyStates;"));
    browser.screenshots("unfinished-word");
  }

  @Test
  void estimatedCountsSayAboutAndCanBeCountedExactly() throws Exception {
    // Broad searches past exactUpTo count a sample; the fixture is small, so ask for a tiny bound.
    browser.open(archive.url() + "?exactUpTo=4");
    browser.waitUntil(d -> browser.text("#summary").startsWith("about "));
    assertTrue(
        facetCounts("company").values().stream().allMatch(count -> count.startsWith("≈")),
        () -> facetCounts("company").toString());

    driver.findElement(By.cssSelector("#summary button")).click();
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?exactUpTo=all"));
    browser.waitUntil(d -> !browser.text("#summary").startsWith("about"));
    assertTrue(driver.findElements(By.cssSelector("#summary button")).isEmpty());
    assertEquals(countsOf(FixtureArchive.ARTICLES, "company"), facetCounts("company"));
    browser.screenshots("estimated-counts");
  }

  @Test
  void checkingAVendorFiltersTheResultsWhileTheOtherVendorsKeepTheirCounts() throws Exception {
    browser.open(archive.url());
    Map<String, String> before = facetCounts("company");
    assertEquals(countsOf(FixtureArchive.ARTICLES, "company"), before);

    facetBox("company", "Amazon").click();

    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?company=Amazon"));
    waitForTitles(FixtureArchive.titles(a -> a.companies().contains("Amazon")));
    assertEquals(before, facetCounts("company"), "drill sideways: every vendor keeps its count");
    List<Article> amazon =
        FixtureArchive.ARTICLES.stream().filter(a -> a.companies().contains("Amazon")).toList();
    assertEquals(countsOf(amazon, "topic"), facetCounts("topic"), "topics count Amazon's only");
    assertTrue(facetBox("company", "Amazon").isSelected());
    assertEquals(
        "Amazon", browser.text("#facet-values-company li:first-child .facet-name"), "first");
    assertEquals(List.of("Remove filter Company: Amazon"), activeFilters());
    browser.screenshots("vendor-filter");
  }

  @Test
  void mainSubjectOnlyNarrowsTheVendorFilterAndCountsToArticlesAboutTheVendor() throws Exception {
    browser.open(archive.url("company=Google"));
    List<String> naming =
        waitForTitles(FixtureArchive.titles(a -> a.companies().contains("Google")));
    WebElement subjectsOnly =
        driver.findElement(By.cssSelector("#filters input[name=companyRole]"));
    assertFalse(subjectsOnly.isSelected());

    subjectsOnly.click();

    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?company=Google&companyRole=subject"));
    List<Article> about =
        FixtureArchive.ARTICLES.stream().filter(a -> a.subjects().contains("Google")).toList();
    List<String> aboutTitles = waitForTitles(about.stream().map(Article::title).toList());
    assertNotEquals(naming, aboutTitles, "the fixtures name Google in passing somewhere");
    assertEquals(
        countsOf(FixtureArchive.ARTICLES, Article::subjects),
        facetCounts("company"),
        "drill sideways over subjects: every vendor counts the articles about it");
    assertNotEquals(countsOf(FixtureArchive.ARTICLES, "company"), facetCounts("company"));
    assertEquals(countsOf(about, "topic"), facetCounts("topic"), "topics count those articles");
    assertTrue(facetBox("company", "Google").isSelected());
    browser.screenshots("main-subject-only");

    driver.navigate().back();
    waitForTitles(naming);
    assertFalse(
        driver.findElement(By.cssSelector("#filters input[name=companyRole]")).isSelected());
    driver.navigate().forward();
    waitForTitles(aboutTitles);
    assertTrue(driver.findElement(By.cssSelector("#filters input[name=companyRole]")).isSelected());
  }

  @Test
  void clickingAHistogramBarNarrowsTheDatesToIt() throws Exception {
    browser.open(archive.url());
    List<String> periods = histogramPeriods();
    assertEquals("2025-Q1", periods.getFirst(), "quarterly bars from the oldest article");
    assertEquals("2026-Q2", periods.getLast(), "to the newest");

    driver.findElement(By.cssSelector("#histogram .bar[data-period='2025-Q1']")).click();

    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?from=2025-Q1&to=2025-Q1"));
    List<String> firstQuarter =
        FixtureArchive.titles(a -> published(a).toString().compareTo("2025-04") < 0);
    waitForTitles(firstQuarter);
    assertEquals("2025-Q1", driver.findElement(By.id("from")).getDomProperty("value"));
    assertEquals("2025-Q1", driver.findElement(By.id("to")).getDomProperty("value"));
    assertEquals(
        List.of("2025-Q1"),
        driver.findElements(By.cssSelector("#histogram .bar.in-range")).stream()
            .map(bar -> bar.getAttribute("data-period"))
            .toList(),
        "the selected range shows on the histogram");
    assertEquals(periods, histogramPeriods(), "the histogram still spans every date");
    assertEquals(
        List.of("Remove filter From Q1 2025", "Remove filter To Q1 2025"), activeFilters());
    browser.screenshots("histogram-narrows-dates");

    // The quarter a bar filled in is a date the fields take: applying it again changes nothing.
    driver.findElement(By.cssSelector("#date-form .apply-dates")).click();
    assertFalse(driver.findElement(By.id("date-error")).isDisplayed());
    assertTrue(driver.getCurrentUrl().endsWith("/?from=2025-Q1&to=2025-Q1"));
    waitForTitles(firstQuarter);
  }

  @Test
  void reloadAndBackAndForwardRestoreTheView() throws Exception {
    browser.open(archive.url("q=cloud&sort=newest"));
    List<String> cloud = waitForTitles(titlesWithWord("cloud"));
    facetBox("company", "Microsoft").click();
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?q=cloud&company=Microsoft&sort=newest"));
    List<String> cloudAtMicrosoft =
        waitForTitles(titlesWithWord("cloud").stream().filter(this::aboutMicrosoft).toList());
    new Select(driver.findElement(By.id("sort"))).selectByValue("oldest");
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?q=cloud&company=Microsoft&sort=oldest"));
    List<String> oldestFirst = cloudAtMicrosoft.reversed();
    waitForTitles(oldestFirst);

    driver.navigate().refresh();
    waitForTitles(oldestFirst);
    assertEquals("cloud", driver.findElement(By.id("q")).getDomProperty("value"));
    assertTrue(facetBox("company", "Microsoft").isSelected());
    assertEquals("oldest", driver.findElement(By.id("sort")).getDomProperty("value"));

    driver.navigate().back();
    waitForTitles(cloudAtMicrosoft);
    driver.navigate().back();
    waitForTitles(cloud);
    assertFalse(facetBox("company", "Microsoft").isSelected());
    driver.navigate().forward();
    waitForTitles(cloudAtMicrosoft);
    assertTrue(facetBox("company", "Microsoft").isSelected());
    browser.screenshots("reload-back-forward");
  }

  @Test
  void pagesFollowTheSizeInTheAddress() throws Exception {
    browser.open(archive.url("size=5"));
    List<String> newestFirst = newestFirstTitles();
    waitForTitles(newestFirst.subList(0, 5));

    driver.findElement(By.cssSelector("#pager a[rel=next]")).click();

    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?page=2&size=5"));
    waitForTitles(newestFirst.subList(5, 10));
    assertEquals("2", browser.text("#pager [aria-current=page]"));
    browser.screenshots("paging");
  }

  @Test
  void completionsAreChosenWithTheKeyboard() throws Exception {
    browser.open(archive.url());
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("nvid");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#suggestions [role=option]")).isEmpty());
    assertEquals("true", box.getAttribute("aria-expanded"));
    browser.screenshots("completions");

    box.sendKeys(Keys.ESCAPE);
    browser.waitUntil(d -> "false".equals(box.getAttribute("aria-expanded")));
    assertEquals("nvid", box.getDomProperty("value"), "Esc closes the list and keeps the words");

    box.sendKeys("i");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#suggestions [role=option]")).isEmpty());
    box.sendKeys(Keys.ARROW_DOWN);
    WebElement first = driver.findElement(By.cssSelector("#suggestions [role=option]"));
    assertEquals(first.getAttribute("id"), box.getAttribute("aria-activedescendant"));
    assertEquals("Nvidia", first.findElement(By.className("suggestion-text")).getText());
    box.sendKeys(Keys.ENTER);

    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?company=Nvidia"));
    waitForTitles(FixtureArchive.titles(a -> a.companies().contains("Nvidia")));
  }

  @Test
  void aMisspelledQueryShowsTheCorrectionsResultsAndCanSearchTheWordsAsTyped() throws Exception {
    browser.open(archive.url("q=antitrust+regulatrs"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("status"))
                .getText()
                .equals(
                    "Showing results for antitrust regulators. Search instead for antitrust"
                        + " regulatrs."));
    browser.waitFor(
        List.of("Amazon settles antitrust case with regulators"),
        () -> browser.texts("#hits .hit:not(.hit-partial) .hit-title"));
    assertTrue(driver.getCurrentUrl().endsWith("/?q=antitrust+regulatrs"), "the address as typed");
    assertEquals("Results for “antitrust regulators”", browser.text("#results-heading"));
    browser.screenshots("showing-results-for");

    // An article opened from the list is marked for the words its results were for.
    driver.findElement(By.cssSelector("#hits a[data-article='amazon-antitrust']")).click();
    browser.waitFor(
        "Amazon settles antitrust case with regulators", () -> browser.text(".article-title"));
    browser.waitFor(List.of("Regulators"), () -> browser.texts(".article-body mark"));
    driver.navigate().back();
    browser.waitUntil(d -> d.findElement(By.cssSelector(".corrected a")).isDisplayed());

    driver.findElement(By.cssSelector(".corrected a")).click();

    // As typed, nothing has both words: what has the other one follows under a divider.
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?q=antitrust+%22regulatrs%22"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("status"))
                .getText()
                .contains("No article has every word of “antitrust \"regulatrs\"”"));
    assertEquals("Articles missing a word", browser.text("#hits .partial-divider"));
    List<String> partial = browser.texts("#hits .hit-partial .hit-title");
    assertEquals(
        titlesWithWord("antitrust").stream().sorted().toList(), partial.stream().sorted().toList());
    assertEquals(
        partial.stream().map(title -> "Missing: \"regulatrs\"").toList(),
        browser.texts("#hits .hit-partial .hit-missing"));
    browser.screenshots("partial-matches");
  }

  @Test
  void aMisspelledQueryWithAFewMatchesKeepsThemAndOffersTheRespelling() throws Exception {
    browser.open(archive.url("q=antitrust+OR+amazn"));
    browser.waitFor(titlesWithWord("antitrust"), () -> browser.texts("#hits .hit-title"));
    browser.waitFor("Did you mean antitrust OR amazon?", () -> browser.text("#status"));

    driver.findElement(By.cssSelector(".did-you-mean a")).click();

    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?q=antitrust+OR+amazon"));
    browser.waitFor(
        titlesWithWord("amazon").stream().sorted().toList(),
        () -> browser.texts("#hits .hit-title").stream().sorted().toList());
  }

  @Test
  void otherWordsForTheTypedOnesAreNamedAndCanBeLeftOut() throws Exception {
    browser.open(archive.url("q=nvidia+data+center"));
    browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("Also searching for"));
    assertTrue(
        browser
            .text("#status")
            .contains("“data centre”, “datacenter”, “server farm” for “data center”"),
        () -> browser.text("#status"));
    assertTrue(
        browser.texts("#hits .hit:not(.hit-partial) .hit-title").stream()
            .anyMatch(title -> title.contains("data centre demand")),
        "an article saying \"data centre\" has every word");
    browser.screenshots("other-words");

    driver.findElement(By.cssSelector(".other-words a")).click();

    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/?q=nvidia+%22data+center%22"));
    browser.waitUntil(d -> !d.findElement(By.id("status")).getText().contains("Also searching"));
  }

  @Test
  void aDateInTheQueryIsSaidToFindTheArticlesPublishedThen() throws Exception {
    browser.open(archive.url("q=nvidia+2025"));
    browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("Also finding"));
    assertEquals(
        "Also finding the articles published in 2025 or the day after, for “2025”.",
        browser.text("#status .published-then"));
    browser.screenshots("published-then");
    browser.open(archive.url("q=nvidia+september+18%2C+2025"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("status"))
                .getText()
                .contains(
                    "published on 2025-09-18 or in the week after, for “september 18, 2025”"));
    assertEquals(
        List.of("Nvidia and Microsoft build an AI supercomputer"),
        browser.texts("#hits .hit:not(.hit-partial) .hit-title"));
    // A day either way round: September 12 in the United States, 9 December in Europe.
    browser.open(archive.url("q=nvidia+9%2F12%2F2025"));
    browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("“9/12/2025”"));
    assertEquals(
        "Also finding the articles published on 2025-09-12 or on 2025-12-09 or in the week after,"
            + " for “9/12/2025”.",
        browser.text("#status .published-then"));
    assertEquals(
        List.of("Nvidia and Microsoft build an AI supercomputer"),
        browser.texts("#hits .hit:not(.hit-partial) .hit-title"));
  }

  @Test
  void aRequestTheServerRefusesShowsItsMessage() throws Exception {
    browser.open(archive.url("q=cloud&size=500"));
    browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("could not run"));
    assertTrue(browser.text("#status").contains("size"), () -> browser.text("#status"));
    browser.screenshots("server-refuses");
    assertEquals(1, browser.consoleErrors().size(), "the one failed request is logged");
  }

  @Test
  void goingOfflineSaysSoAndSearchesAgainWhenBackOnline() throws Exception {
    browser.open(archive.url());
    try {
      browser.offline(true);
      driver.findElement(By.id("q")).sendKeys("cloud");
      browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("offline"));
      browser.screenshots("offline");
    } finally {
      browser.offline(false);
    }
    waitForTitlesInAnyOrder(titlesWithWord("cloud"));
    browser.consoleErrors(); // the requests that failed while offline are logged, as they should be
  }

  @Test
  void onAPhoneTheFiltersFoldUnderAToggle() throws Exception {
    browser.open(archive.url());
    browser.showPhone();
    try {
      WebElement toggle = driver.findElement(By.id("filters-toggle"));
      assertFalse(driver.findElement(By.id("filters")).isDisplayed());
      toggle.click();
      assertTrue(driver.findElement(By.id("filters")).isDisplayed());
      assertEquals("true", toggle.getAttribute("aria-expanded"));
      toggle.click();
      assertFalse(driver.findElement(By.id("filters")).isDisplayed());
    } finally {
      browser.showDesktop();
    }
    assertTrue(driver.findElement(By.id("filters")).isDisplayed());
    browser.screenshots("all-articles");
  }

  /** Wait until the result list shows exactly these titles, in this order, and return them. */
  private static List<String> waitForTitles(List<String> expected) {
    browser.waitFor(expected, () -> browser.texts("#hits .hit-title"));
    return expected;
  }

  /** Wait until the result list shows exactly these titles, in any (relevance) order. */
  private static void waitForTitlesInAnyOrder(List<String> expected) {
    browser.waitFor(
        expected.stream().sorted().toList(),
        () -> browser.texts("#hits .hit-title").stream().sorted().toList());
  }

  /** The active filters, as their remove buttons name them. */
  private static List<String> activeFilters() {
    return driver.findElements(By.cssSelector("#active-filters .chip")).stream()
        .map(chip -> chip.getAttribute("aria-label"))
        .toList();
  }

  /** The periods of the histogram's bars, oldest first. */
  private static List<String> histogramPeriods() {
    return driver.findElements(By.cssSelector("#histogram .bar")).stream()
        .map(bar -> bar.getAttribute("data-period"))
        .toList();
  }

  private static WebElement facetBox(String dimension, String value) {
    return driver.findElement(
        By.cssSelector(
            "#facet-values-" + dimension + " input[value='" + value.replace("'", "\\'") + "']"));
  }

  /** A facet's values and counts as the page shows them. */
  private static Map<String, String> facetCounts(String dimension) {
    Map<String, String> counts = new TreeMap<>();
    for (WebElement item :
        driver.findElements(By.cssSelector("#facet-values-" + dimension + " li"))) {
      counts.put(
          item.findElement(By.className("facet-name")).getText(),
          item.findElement(By.className("facet-count")).getText());
    }
    return counts;
  }

  /** How many of these articles carry each company or topic. */
  private static Map<String, String> countsOf(List<Article> articles, String dimension) {
    return countsOf(articles, dimension.equals("company") ? Article::companies : Article::topics);
  }

  /** How many of these articles have each of their {@code values}. */
  private static Map<String, String> countsOf(
      List<Article> articles, Function<Article, List<String>> values) {
    return articles.stream()
        .flatMap(a -> values.apply(a).stream())
        .collect(
            Collectors.groupingBy(
                value -> value,
                TreeMap::new,
                Collectors.collectingAndThen(Collectors.counting(), String::valueOf)));
  }

  /** Every fixture title, newest first (the order of an empty query). */
  private static List<String> newestFirstTitles() {
    return FixtureArchive.ARTICLES.stream()
        .sorted((a, b) -> b.published().compareTo(a.published()))
        .map(Article::title)
        .toList();
  }

  /** Fixture titles whose title or body holds the word, newest first. */
  private static List<String> titlesWithWord(String word) {
    return FixtureArchive.ARTICLES.stream()
        .filter(a -> (a.title() + " " + a.body()).toLowerCase().contains(word))
        .sorted((a, b) -> b.published().compareTo(a.published()))
        .map(Article::title)
        .toList();
  }

  private boolean aboutMicrosoft(String title) {
    return FixtureArchive.ARTICLES.stream()
        .anyMatch(a -> a.title().equals(title) && a.companies().contains("Microsoft"));
  }

  private static LocalDate published(Article article) {
    return LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
  }
}

package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.lucene.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Copies of one story shown once, with their versions unfolding in place. */
class StoriesPageTest {

  private static final String REST =
      "Cloudflare, which routes and protects traffic for about a fifth of the world's websites,"
          + " said the outage began with a configuration file that grew larger than expected and"
          + " caused software handling traffic across its network to crash. The company apologised"
          + " to its customers and said there was no sign of a cyber attack.";

  private static final List<Article> ARTICLES =
      List.of(
          copy("wire-1", "Cloudflare outage takes down thousands of websites", "Global Wire"),
          copy("wire-2", "Cloudflare outage knocks thousands of websites offline", "Harbor Times"),
          copy("wire-3", "Cloudflare failure takes thousands of websites down", "Valley Ledger"),
          FixtureCorpus.article(
              "cloudflare-cfo",
              "Cloudflare names a new chief financial officer",
              "2025-11-20",
              "Global Wire",
              List.of("Cloudflare"),
              List.of("People"),
              "Cloudflare said its finance chief would retire at the end of the year."));

  @TempDir static Path dir;
  static FixtureArchive archive;
  static HeadlessChromium browser;

  @BeforeAll
  static void start() throws Exception {
    archive = FixtureArchive.start(dir.resolve("index"), ARTICLES);
    browser = HeadlessChromium.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() throws Exception {
    try (FixtureArchive served = archive;
        HeadlessChromium started = browser) {
      // both close here, the browser first
    }
  }

  @AfterEach
  void noConsoleErrors() {
    assertEquals(List.of(), browser.consoleErrors(), "console errors");
  }

  @Test
  void copiesShowOnceAndTheirVersionsUnfoldInPlaceFromTheKeyboard() throws Exception {
    browser.open(archive.url("q=cloudflare&sort=oldest"));

    browser.waitFor(
        List.of(ARTICLES.get(0).title(), ARTICLES.get(3).title()),
        () -> browser.texts(".hit-title"));
    assertTrue(browser.text("#summary").startsWith("2 stories"), browser.text("#summary"));
    assertEquals(
        List.of("3 versions · Global Wire, Harbor Times, Valley Ledger"),
        browser.texts(".versions-toggle"));
    WebElement toggle = browser.driver().findElement(By.cssSelector(".versions-toggle"));
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    WebElement list = browser.driver().findElement(By.cssSelector(".versions-list"));
    assertEquals(false, list.isDisplayed(), "folded");

    toggle.sendKeys(Keys.ENTER);

    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertEquals(true, list.isDisplayed(), "unfolded");
    assertEquals(
        List.of(ARTICLES.get(1).title(), ARTICLES.get(2).title()),
        browser.texts(".versions-list a"));
    browser.screenshots("story-versions-unfolded");
  }

  @Test
  void uncheckingGroupVersionsListsEveryArticleAndTheAddressKeepsIt() throws Exception {
    browser.open(archive.url("q=cloudflare&sort=oldest"));
    browser.waitFor(2, () -> browser.texts(".hit-title").size());

    browser.driver().findElement(By.id("group")).click();

    browser.waitUntil(d -> d.getCurrentUrl().endsWith("group=none"));
    browser.waitFor(
        ARTICLES.stream().map(Article::title).toList(), () -> browser.texts(".hit-title"));
    assertTrue(browser.text("#summary").startsWith("4 articles"), browser.text("#summary"));
    assertEquals(List.of(), browser.texts(".versions-toggle"));

    browser.driver().navigate().back();
    browser.waitFor(2, () -> browser.texts(".hit-title").size());
    assertEquals(true, browser.driver().findElement(By.id("group")).isSelected());
  }

  private static Article copy(String id, String title, String source) {
    return FixtureCorpus.article(
        id,
        title,
        "2025-11-18",
        source,
        List.of("Cloudflare"),
        List.of("Outages"),
        "A failure at Cloudflare took down websites on Tuesday (" + source + ").",
        REST);
  }
}

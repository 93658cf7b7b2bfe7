package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import newsarchive.article.Article;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The article view in real Chromium against the real server, including hostile article text. */
class ArticlePageTest extends BrowserTest {

  @Test
  void theArticleViewShowsTheMarkedTextAndReturnsToTheSameListAndPlace() throws Exception {
    String list = archive.url("q=cloud&sort=newest");
    browser.open(list);
    Article trainium = fixture("amazon-trainium");
    browser.script("window.scrollTo(0, 300)");
    titleLink(trainium).click();

    browser.waitUntil(d -> d.getCurrentUrl().equals(list + "&article=amazon-trainium"));
    browser.waitFor(trainium.title(), () -> browser.text(".article-title"));
    assertEquals(Arrays.asList(trainium.body().split("\n\n")), browser.texts(".article-body p"));
    assertEquals(List.of("cloud"), browser.texts(".article-body mark"));
    assertEquals(
        List.of("November 12, 2025", "Tech Daily", "By Staff Writer", "Original article ↗"),
        browser.contents(".article .meta > *"));
    assertEquals(
        trainium.url(),
        driver.findElement(By.cssSelector(".article .original")).getAttribute("href"));
    assertEquals(List.of("Amazon", "Chips", "Cloud"), browser.texts(".article .chip"));
    assertFalse(browser.texts(".related a").isEmpty(), "related articles are listed");
    assertEquals("article-title", driver.switchTo().activeElement().getAttribute("class"));
    browser.screenshots("article-view");

    new Actions(driver).sendKeys(Keys.ESCAPE).perform();

    browser.waitUntil(d -> d.getCurrentUrl().equals(list));
    browser.waitFor(300L, () -> browser.script("return window.scrollY"));
    assertEquals(trainium.title(), driver.switchTo().activeElement().getText());

    titleLink(trainium).click();
    browser.waitFor(trainium.title(), () -> browser.text(".article-title"));
    driver.navigate().back();
    browser.waitUntil(d -> d.getCurrentUrl().equals(list));
    browser.waitFor(300L, () -> browser.script("return window.scrollY"));
    assertTrue(titleLink(trainium).isDisplayed());
  }

  @Test
  void aSharedArticleLinkOpensTheArticleAndBackLeadsToItsList() throws Exception {
    Article outage = fixture("microsoft-azure-outage");
    browser.open(archive.url("company=Microsoft&article=microsoft-azure-outage"));
    assertEquals(outage.title(), browser.text(".article-title"));
    assertEquals(List.of(), browser.texts(".article-body mark"), "no query, nothing marked");

    driver.findElement(By.cssSelector(".back")).click();

    browser.waitUntil(d -> d.getCurrentUrl().equals(archive.url("company=Microsoft")));
    browser.waitFor(
        FixtureArchive.titles(a -> a.companies().contains("Microsoft")),
        () -> browser.texts("#hits .hit-title"));
  }

  @Test
  void hostileArticleTextIsShownAsTextAndRunsNothing() throws Exception {
    Article hostile = fixture(FixtureArchive.HOSTILE_ID);
    browser.open(archive.url("q=hostile"));
    browser.waitFor(List.of(hostile.title()), () -> browser.texts("#hits .hit-title"));
    assertEquals(List.of(hostile.source()), browser.contents("#hits .meta .source"));
    assertTrue(
        browser.texts("#facet-values-company .facet-name").contains(hostile.companies().get(0)));
    assertNothingInjected();
    browser.screenshots("hostile-list");

    titleLink(hostile).click();

    browser.waitFor(hostile.title(), () -> browser.text(".article-title"));
    assertEquals(Arrays.asList(hostile.body().split("\n\n")), browser.texts(".article-body p"));
    assertEquals(
        List.of(),
        driver.findElements(By.cssSelector(".article a.original")),
        "no javascript: link");
    new Actions(driver)
        .moveToElement(driver.findElement(By.cssSelector(".article .source")))
        .perform();
    assertNothingInjected();
    browser.screenshots("hostile-article");
  }

  /** Nothing the payloads carry ran, and none of their elements reached the page. */
  private static void assertNothingInjected() {
    assertEquals("undefined", browser.script("return typeof window." + FixtureArchive.PWNED));
    assertEquals(1L, browser.script("return document.scripts.length"), "only the page's own");
    assertEquals(
        0L, browser.script("return document.querySelectorAll('img, b, [onerror]').length"));
    assertEquals(
        0L, browser.script("return document.querySelectorAll('a[href^=\"javascript:\"]').length"));
  }

  private static WebElement titleLink(Article article) {
    return driver.findElement(By.cssSelector("#hits a[data-article='" + article.id() + "']"));
  }

  private static Article fixture(String id) {
    return FixtureArchive.ARTICLES.stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}

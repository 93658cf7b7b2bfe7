package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The result header's Download menu and Subscribe link carry the search the page shows. */
class TakeAwayPageTest extends BrowserTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void theDownloadsAndTheFeedFollowTheSearchOnThePage() throws Exception {
    browser.open(archive.url("q=cloud&company=Amazon&sort=newest&page=1"));
    browser.waitUntil(d -> !browser.text("#summary").isEmpty());
    String search = "q=cloud&company=Amazon&sort=newest";
    assertEquals(
        List.of(
            "/api/export?format=csv&" + search,
            "/api/export?format=jsonl&" + search,
            "/feed.atom?" + search,
            "/feed.atom?" + search),
        hrefs("#download-csv", "#download-jsonl", "#subscribe", "link[rel=alternate]"));

    driver.findElement(By.cssSelector("#download summary")).click();
    WebElement csv = driver.findElement(By.id("download-csv"));
    browser.waitUntil(d -> csv.isDisplayed());
    browser.screenshots("download-menu");

    // What the links give is what the page lists: the same articles, the CSV in the page's order.
    List<String> shown = browser.texts(".hit-title");
    List<String> csvTitles =
        Arrays.stream(get(csv.getDomAttribute("href")).split("\r\n"))
            .skip(1)
            .map(row -> row.split(",")[2])
            .toList();
    assertEquals(shown, csvTitles);
    Feed feed =
        (Feed)
            new WireFeedInput(false, Locale.ROOT)
                .build(new StringReader(get(hrefs("#subscribe").getFirst())));
    assertEquals(shown, feed.getEntries().stream().map(Entry::getTitle).toList());

    facetBox("Chips").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("topic=Chips"));
    browser.waitUntil(
        d ->
            hrefs("#subscribe")
                .getFirst()
                .equals("/feed.atom?q=cloud&company=Amazon&topic=Chips&sort=newest"));
    assertEquals(
        List.of("/api/export?format=csv&q=cloud&company=Amazon&topic=Chips&sort=newest"),
        hrefs("#download-csv"),
        "a new search moves the links along");
  }

  @Test
  void theLinksOfTheWholeArchiveCarryNoParameters() {
    browser.open(archive.url());
    browser.waitUntil(d -> !browser.text("#summary").isEmpty());
    assertEquals(
        List.of("/api/export?format=csv", "/feed.atom"), hrefs("#download-csv", "#subscribe"));
  }

  private static List<String> hrefs(String... selectors) {
    return Arrays.stream(selectors)
        .map(selector -> driver.findElement(By.cssSelector(selector)).getDomAttribute("href"))
        .toList();
  }

  private static WebElement facetBox(String value) {
    return driver.findElement(By.cssSelector("#facet-values-topic input[value='" + value + "']"));
  }

  private static String get(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(archive.url()).resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(response.statusCode() == 200, path + " answered " + response.statusCode());
    return response.body();
  }
}

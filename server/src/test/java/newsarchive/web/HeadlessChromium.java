package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver: one browser for a whole test class, with
 * a fresh profile, its console log readable, and screenshots at desktop and phone sizes.
 */
final class HeadlessChromium implements AutoCloseable {

  static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver";

  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("basedir", "."), "target", "screenshots");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /**
   * Start Chromium with a fresh profile in {@code profileDir}; fails (never skips) when Chromium or
   * chromedriver is missing, naming the command that installs them.
   */
  static HeadlessChromium start(Path profileDir) {
    Path chromium = executable("CHROMIUM", "/usr/bin/chromium");
    Path chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,800",
        "--user-data-dir=" + profileDir.toAbsolutePath());
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    HeadlessChromium browser = new HeadlessChromium(new ChromeDriver(service, options));
    browser.showDesktop();
    return browser;
  }

  private static Path executable(String variable, String fallback) {
    Path path = Path.of(System.getenv().getOrDefault(variable, fallback));
    if (!Files.isExecutable(path)) {
      fail(
          "The browser tests need Chromium and chromedriver, and "
              + path
              + " is missing. Install them with: "
              + INSTALL
              + " (or point "
              + variable
              + " at the executable).");
    }
    return path;
  }

  /** Load a page and wait until the app has rendered it: results, an article or a message. */
  void open(String url) {
    driver.get(url);
    waitUntil(
        d ->
            (Boolean)
                script(
                    "return !document.querySelector('.busy, .status-loading:not([hidden])')"
                        + " && !!document.querySelector('#hits > li, .status:not([hidden]), .article')"));
  }

  /** The underlying driver, for finding elements and navigating. */
  WebDriver driver() {
    return driver;
  }

  /** Wait (up to ten seconds) until the condition holds, and return its value. */
  <T> T waitUntil(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  /** Wait until {@code actual} gives {@code expected}, failing with the last value it gave. */
  <T> void waitFor(T expected, Supplier<T> actual) {
    try {
      wait.until(d -> expected.equals(actual.get()));
    } catch (TimeoutException e) {
      assertEquals(expected, actual.get(), "after waiting ten seconds");
    }
  }

  /** Run JavaScript in the page and return its result. */
  Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /** The element's visible text, trimmed. */
  String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText().strip();
  }

  /**
   * The rendered texts of every element matching the selector, in page order, read in one go so
   * that a re-render halfway cannot mix two states.
   */
  List<String> texts(String css) {
    return strings(
        "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText.trim())", css);
  }

  /** The text content (as written, whatever the styles) of every element matching the selector. */
  List<String> contents(String css) {
    return strings(
        "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css);
  }

  @SuppressWarnings("unchecked")
  private List<String> strings(String javascript, String css) {
    return List.copyOf((List<String>) script(javascript, css));
  }

  /** Console errors since the last call (each read empties the browser's log). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Cut the network off, or restore it, as if the computer went offline. */
  void offline(boolean offline) {
    if (offline) {
      ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
      conditions.setOffline(true);
      driver.setNetworkConditions(conditions);
    } else {
      driver.deleteNetworkConditions();
    }
  }

  /** Save the page as it looks now at desktop (1280×800) and phone (390×844) sizes. */
  void screenshots(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(
        SCREENSHOTS.resolve(name + "-desktop.png"), driver.getScreenshotAs(OutputType.BYTES));
    showPhone();
    try {
      Files.write(
          SCREENSHOTS.resolve(name + "-phone.png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      showDesktop();
    }
  }

  /** Lay the page out on a phone-sized touch viewport until {@link #showDesktop()}. */
  void showPhone() {
    emulate(390, 844, true);
  }

  /** Lay the page out on a 1280×800 desktop viewport. */
  void showDesktop() {
    emulate(1280, 800, false);
  }

  private void emulate(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  @Override
  public void close() {
    driver.quit();
  }
}

package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * A test class that browses the fixture archive: the archive is served and one Chromium started for
 * the whole class, and every test must leave the browser console free of errors.
 */
abstract class BrowserTest {

  @TempDir static Path dir;

  static FixtureArchive archive;
  static HeadlessChromium browser;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    archive = FixtureArchive.start(dir.resolve("index"));
    browser = HeadlessChromium.start(dir.resolve("profile"));
    driver = browser.driver();
  }

  @AfterAll
  static void stop() throws Exception {
    try (FixtureArchive served = archive;
        HeadlessChromium started = browser) {
      // both close here, the browser first
    }
  }

  @BeforeEach
  void forgetEarlierLogs() {
    browser.consoleErrors();
  }

  @AfterEach
  void noConsoleErrors() {
    assertEquals(List.of(), browser.consoleErrors(), "console errors");
  }
}

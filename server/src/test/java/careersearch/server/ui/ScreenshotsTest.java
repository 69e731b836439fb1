package careersearch.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.ServerFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/**
 * Screenshots of the main views, on a desktop and on a 375 px wide phone, saved under
 * target/screenshots/ to be looked at; and the checks that the phone layout holds (nothing wider
 * than the screen, filters behind a button).
 */
class ScreenshotsTest {
  static final String RESULTS = "/?q=PyTorch+remote+senior";
  static final String FILTERED =
      "/?type=job&salary_band=100k-150k&salary_band=150k-200k&seniority=senior&seniority=mid";
  static final String DOCUMENT = "/?q=PyTorch+remote+senior&doc=ds-murm";
  static final String PLACES = "/?q=engineer&country=DE&country=FR&near=Berlin&within_km=50";

  @TempDir static Path indexDir;
  static ServerFixture server;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Browser.requireInstalled(); // before any work: no browser, no browser tests
    UiTestIndex.build(indexDir);
    server = new ServerFixture(indexDir, Duration.ofSeconds(1));
    browser = Browser.start(server.app.port());
  }

  @AfterEach
  void noScriptErrors() {
    assertEquals(List.of(), browser.consoleErrors(), "errors in the browser console");
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static void saved(String name) throws Exception {
    saved(name, true);
  }

  private static void saved(String name, boolean wholePage) throws Exception {
    Path file = browser.screenshot(name, wholePage);
    assertTrue(Files.size(file) > 5_000, file + " is suspiciously small");
  }

  @Test
  void desktop() throws Exception {
    browser.desktop();
    browser.open(RESULTS);
    saved("desktop-results");
    browser.open(FILTERED);
    saved("desktop-filters");
    browser.open(DOCUMENT);
    saved("desktop-document");
    browser.open("/?doc=occupation:15-2051.00");
    saved("desktop-occupation");

    // with the related lists and salary insights of the real endpoints
    browser.open(RESULTS);
    browser.find("#results .card[data-id='ds-murm'] .card__link").click();
    browser.waitForUrl("of the document", u -> u.contains("doc=ds-murm"));
    browser.waitFor("the insight", d -> browser.find("#doc-view .insight").isDisplayed());
    saved("desktop-document-insight");

    // suggestions, the second one chosen with the arrow keys
    browser.open("/");
    browser.find("#q").sendKeys("dat");
    browser.waitFor("suggestions", d -> browser.find("#suggestions").isDisplayed());
    browser.find("#q").sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    saved("desktop-suggestions", false);
    browser.find("#q").sendKeys(Keys.ESCAPE);
    browser.open("/?q=zzzqqq&seniority=senior");
    saved("desktop-empty");
    browser.open("/?salary_min=200000&salary_max=100000");
    saved("desktop-error");
    // the place filter: country facets, near Berlin, the distances on the cards
    browser.open(PLACES);
    saved("desktop-places");
    browser.open("/?type=job&near=Berln");
    saved("desktop-places-unknown");
  }

  @Test
  void phone() throws Exception {
    browser.viewport(375, 812, true);
    try {
      browser.open(RESULTS);
      assertFitsTheScreen();
      // the filters are behind a button on a phone
      assertFalse(browser.find("#sidebar").isDisplayed());
      saved("phone-results");

      browser.open(FILTERED);
      browser.find("#filters-toggle").click();
      assertTrue(browser.find("#sidebar").isDisplayed());
      assertEquals("true", browser.find("#filters-toggle").getAttribute("aria-expanded"));
      assertFitsTheScreen();
      saved("phone-filters", false);
      browser.find("#filters-done").click();
      assertFalse(browser.find("#sidebar").isDisplayed());

      browser.open(DOCUMENT);
      assertFitsTheScreen();
      saved("phone-document");

      browser.open(PLACES);
      browser.find("#filters-toggle").click();
      assertFitsTheScreen();
      saved("phone-places", false);
      browser.find("#filters-done").click();
    } finally {
      browser.desktop();
    }
  }

  /** Nothing on the page is wider than the screen (no sideways scrolling). */
  private static void assertFitsTheScreen() {
    Number width = (Number) browser.js("return document.documentElement.scrollWidth;");
    Number screen = (Number) browser.js("return window.innerWidth;");
    @SuppressWarnings("unchecked")
    List<String> wide =
        (List<String>)
            browser.js(
                "return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                    + ".map(e => e.tagName + '.' + e.className).slice(0, 5);");
    assertTrue(width.intValue() <= screen.intValue(), "page is " + width + " px wide: " + wide);
    assertTrue(wide.isEmpty(), "wider than the screen: " + wide);
  }
}

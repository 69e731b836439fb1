package careersearch.server.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through Debian's chromedriver, for one test class. No
 * download of a browser or driver: when either program is missing the tests fail and say how to
 * install it.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(env("CAREERSEARCH_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(env("CAREERSEARCH_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(10);

  final ChromeDriver driver;
  final String base;
  private final Path profile;

  private Browser(ChromeDriver driver, String base, Path profile) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
  }

  /** Starts the browser for a server at http://127.0.0.1:{port}. */
  static Browser start(int port) throws IOException {
    requireInstalled();
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("careersearch-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    // the console is read for script errors and Content-Security-Policy violations
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    // an alert() must stay open so that a test can see it, not be dismissed silently
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
    return new Browser(driver, "http://127.0.0.1:" + port, profile);
  }

  /** Fails, saying how to install them, when chromium or chromedriver is missing. */
  static void requireInstalled() {
    requireExecutable(CHROMIUM, "chromium");
    requireExecutable(CHROMEDRIVER, "chromium-driver");
  }

  private static void requireExecutable(Path program, String debianPackage) {
    if (!Files.isExecutable(program)) {
      throw new AssertionError(
          "The browser tests need "
              + program
              + " (Debian package "
              + debianPackage
              + "). Install it with `apt-get update && apt-get install -y chromium"
              + " chromium-driver` (.ci/run does this), or point CAREERSEARCH_CHROMIUM /"
              + " CAREERSEARCH_CHROMEDRIVER at another build.");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Opens a page of the server ("/?q=..") and waits until it has drawn it. */
  void open(String pathAndQuery) {
    driver.get(base + pathAndQuery);
    waitDrawn();
  }

  /** Waits until the page has drawn the view its URL names (the app marks body[data-rendered]). */
  void waitDrawn() {
    waitFor(
        "the page to draw " + driver.getCurrentUrl(),
        d ->
            Boolean.TRUE.equals(
                js(
                    "return document.body.getAttribute('data-rendered') === location.search"
                        + " && !document.getElementById('main').hasAttribute('aria-busy');")));
  }

  <T> T waitFor(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT, Duration.ofMillis(25))
        .withMessage(() -> "waiting for " + what + " at " + driver.getCurrentUrl())
        .until(condition);
  }

  /** Waits until the URL (path and query) satisfies a test, then until that view is drawn. */
  void waitForUrl(String what, Function<String, Boolean> test) {
    waitFor("URL " + what, d -> test.apply(d.getCurrentUrl()));
    waitDrawn();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The visible text of every match. */
  List<String> texts(String css) {
    return findAll(css).stream().map(WebElement::getText).toList();
  }

  /** The total the page states: "12 results" -> 12. */
  long shownTotal() {
    String text = find("#summary .summary__count").getText();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([\\d,]+) (results?|documents)").matcher(text);
    if (!m.find()) {
      throw new AssertionError("no total in summary: " + text);
    }
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  /**
   * The console's errors since the last call: script errors and Content-Security-Policy violations.
   * Failed requests are left out (the tests ask for 4xx answers and for routes that may not exist
   * yet, and the page handles them).
   */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("Failed to load resource"))
        .toList();
  }

  /** True when an alert(), confirm() or prompt() is open. */
  boolean alertOpen() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  /** Lays the page out at a width x height viewport, as a phone (mobile) or a desktop. */
  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  void desktop() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Saves a screenshot of the whole page to target/screenshots/{name}.png. */
  Path screenshot(String name) {
    return screenshot(name, true);
  }

  /** Saves a screenshot of the whole page, or of what the screen shows, to target/screenshots/. */
  Path screenshot(String name, boolean wholePage) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Number width = (Number) js("return document.documentElement.clientWidth;");
      Number height =
          (Number)
              js(
                  wholePage
                      ? "return document.documentElement.scrollHeight;"
                      : "return window.innerHeight;");
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of(
                      "x",
                      0,
                      "y",
                      0,
                      "width",
                      width.intValue(),
                      "height",
                      Math.min(height.intValue(), 4000),
                      "scale",
                      1)));
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}

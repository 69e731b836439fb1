package careersearch.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.ServerFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page in a real browser (Debian's Chromium) against a real server over {@link
 * UiTestIndex}: typing a query, result cards, facets, history, escaping, suggestions, chips,
 * errors.
 */
class SearchPageTest {
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

  private static List<String> cardIds() {
    return browser.findAll("#results .card").stream().map(c -> c.getAttribute("data-id")).toList();
  }

  private static WebElement card(String id) {
    return browser.find("#results .card[data-id='" + id + "']");
  }

  private static WebElement checkbox(String dim, String value) {
    return browser.find("#facets input[name='" + dim + "'][value='" + value + "']");
  }

  /** The counts shown beside a dimension's values, in the sidebar's order. */
  private static List<String> counts(String dim) {
    return browser.texts("#facets fieldset[data-dim='" + dim + "'] .facet__count");
  }

  private static void search(String words) {
    WebElement box = browser.find("#q");
    box.clear();
    box.sendKeys(words);
    box.sendKeys(Keys.ENTER);
    browser.waitForUrl("with q=" + words, url -> url.contains("q=" + words.replace(' ', '+')));
  }

  /** Types into a field and presses Enter, as a person submits a small form. */
  private static void enter(String css, String text) {
    WebElement field = browser.find(css);
    field.sendKeys(text);
    field.sendKeys(Keys.ENTER);
  }

  private static void tick(String dim, String value) {
    String before = browser.driver.getCurrentUrl();
    checkbox(dim, value).click();
    browser.waitForUrl("to change after ticking " + value, url -> !url.equals(before));
  }

  @Test
  void typedQueryShowsTheSeniorDataScientistCardWithItsSalary() {
    browser.open("/");
    search("PyTorch remote senior");

    WebElement job = card("ds-murm");
    assertEquals(
        "Senior Data Scientist", job.findElement(By.cssSelector(".card__title")).getText());
    assertEquals("$120K–150K / year", job.findElement(By.cssSelector(".card__salary")).getText());
    String meta = job.findElement(By.cssSelector(".card__meta")).getText();
    assertTrue(meta.contains("murmuration"), meta);
    assertTrue(meta.contains("Remote (anywhere in the U.S.)"), meta);
    assertEquals(
        List.of("Remote", "Senior", "Full-time"),
        job.findElements(By.cssSelector(".tags .tag")).stream().map(WebElement::getText).toList());
    assertEquals(
        "Job posting", job.findElement(By.cssSelector(".badge")).getDomProperty("textContent"));
    // the first job card is the murmuration posting; the PyTorch tool is on the page too
    assertEquals("ds-murm", browser.find("#results .card--job").getAttribute("data-id"));
    assertTrue(cardIds().contains("tool:pytorch"), cardIds().toString());
    assertTrue(
        browser.find("#summary").getText().contains("for “PyTorch remote senior”"),
        browser.find("#summary").getText());
    assertEquals("PyTorch remote senior – careersearch", browser.driver.getTitle());
  }

  @Test
  void cardsOfEveryTypeShowTheirOwnFields() {
    browser.open("/?q=PyTorch");
    WebElement tool = card("tool:pytorch");
    assertEquals("Tool", tool.findElement(By.cssSelector(".badge")).getDomProperty("textContent"));
    assertTrue(tool.getText().contains("Category: Machine Learning Frameworks"), tool.getText());
    WebElement section = card("section:tools/machine-learning-engineer-tools");
    assertTrue(
        section.getText().contains("Tools and Software Used › Machine Learning Engineer Tools"),
        section.getText());
    // snippets keep their <mark>s as elements, everything else as text
    assertTrue(
        section.findElements(By.cssSelector(".card__snippet mark")).stream()
            .anyMatch(m -> m.getText().equals("PyTorch")));
    WebElement skill = card("skill:machine-learning-engineer-2");
    assertTrue(skill.getText().contains("Role: Machine Learning Engineer"), skill.getText());

    browser.open("/?q=data+scientists&type=occupation");
    assertTrue(card("occupation:15-2051.00").getText().contains("O*NET 15-2051.00"));

    browser.open("/?type=salary_report&sort=salary_desc");
    WebElement report = browser.find("#results .card--salary_report");
    assertTrue(report.getText().contains("2024"), report.getText());
    assertTrue(report.getText().contains("Executive"), report.getText());
    assertEquals("$310K / year", report.findElement(By.cssSelector(".card__salary")).getText());
  }

  @Test
  void salariesInAnotherCurrencyOrPeriodShowTheOriginalToo() {
    browser.open("/?type=job&company=Acme&company=Beta");
    assertEquals(
        "$77K–99K / year (€70K–90K / year)",
        card("mle-berlin").findElement(By.cssSelector(".card__salary")).getText());
    assertEquals(
        "$52K–62.4K / year ($25–30 / hour)",
        card("ml-intern").findElement(By.cssSelector(".card__salary")).getText());
  }

  @Test
  void tickingASalaryBandChangesTheCountAndTheResults() {
    browser.open("/?type=job");
    assertEquals(12, browser.shownTotal());
    assertEquals(List.of("1", "5", "4", "4", "2", "1"), counts("salary_band"));
    // the histogram's longest bar is the fullest band
    assertEquals(
        "100%",
        browser.js(
            "return document.querySelector(\"#facets input[value='50k-100k']\")"
                + ".closest('label').querySelector('.histogram__bar').style.width;"));

    tick("salary_band", "150k-200k");
    assertTrue(browser.driver.getCurrentUrl().contains("salary_band=150k-200k"));
    assertEquals(4, browser.shownTotal());
    assertEquals(Set.of("ds-murm", "pds-ny", "rs-ny", "mlops"), Set.copyOf(cardIds()));
    assertTrue(checkbox("salary_band", "150k-200k").isSelected());
    // multi-select: the bands keep the counts they had; another band can be added
    assertEquals(List.of("1", "5", "4", "4", "2", "1"), counts("salary_band"));
    assertEquals(List.of("Type: Job posting", "Salary: $150K–200K"), activeFilters());

    tick("salary_band", "300k-plus");
    assertEquals(5, browser.shownTotal());
    assertTrue(cardIds().contains("staff-ny"));
  }

  private static List<String> activeFilters() {
    return browser.texts("#active-filters .chip__text");
  }

  @Test
  void browsingByBandWorksWithAnEmptyQuery() {
    browser.open("/");
    tick("salary_band", "200k-300k");
    assertEquals("", browser.find("#q").getAttribute("value"));
    assertEquals(Set.of("staff-ny", "rs-ny"), Set.copyOf(cardIds()));
    assertEquals(2, browser.shownTotal());
  }

  @Test
  void twoSenioritiesAreBothTickedAndOred() {
    browser.open("/?type=job");
    assertEquals(List.of("3", "4", "4", "1"), counts("seniority")); // entry mid senior executive
    tick("seniority", "senior");
    assertEquals(4, browser.shownTotal());
    tick("seniority", "entry");
    assertEquals(7, browser.shownTotal());
    assertTrue(checkbox("seniority", "senior").isSelected());
    assertTrue(checkbox("seniority", "entry").isSelected());
    assertFalse(checkbox("seniority", "mid").isSelected());
    assertEquals(
        Set.of("ds-murm", "pds-ny", "rs-ny", "mlops", "da-paris", "ml-intern", "be-paris"),
        Set.copyOf(cardIds()));
    // a dimension's own counts ignore its own filter, so they stay as they were
    assertEquals(List.of("3", "4", "4", "1"), counts("seniority"));
    // other dimensions count with it: remote jobs among the seven are ds-murm, pds-ny, mlops
    assertEquals("3", countOf("remote", "remote"));
    String url = browser.driver.getCurrentUrl();
    assertTrue(url.contains("seniority=senior") && url.contains("seniority=entry"), url);

    // clear one value with its chip
    browser.find("#active-filters button[aria-label='Remove filter Seniority: Senior']").click();
    browser.waitForUrl("without senior", u -> !u.contains("seniority=senior"));
    assertEquals(3, browser.shownTotal());
    // clear the dimension
    browser.find("#facets fieldset[data-dim='seniority'] .facet__clear").click();
    browser.waitForUrl("without seniority", u -> !u.contains("seniority="));
    assertEquals(12, browser.shownTotal());
  }

  private static String countOf(String dim, String value) {
    return checkbox(dim, value)
        .findElement(By.xpath("./ancestor::label"))
        .findElement(By.cssSelector(".facet__count"))
        .getText();
  }

  @Test
  void backAndForwardAndReloadRestoreTheView() {
    browser.open("/");
    search("engineer");
    long allTotal = browser.shownTotal();
    List<String> allIds = cardIds();

    tick("remote", "remote");
    long remoteTotal = browser.shownTotal();
    List<String> remoteIds = cardIds();
    assertNotEquals(allTotal, remoteTotal);

    browser.find("#sort").sendKeys("Salary: high to low");
    browser.waitForUrl("sorted", u -> u.contains("sort=salary_desc"));
    assertEquals("mlops", cardIds().get(0));

    browser.driver.navigate().back();
    browser.waitForUrl("unsorted", u -> !u.contains("sort="));
    assertEquals("relevance", browser.find("#sort").getAttribute("value"));
    assertTrue(checkbox("remote", "remote").isSelected());
    assertEquals(remoteIds, cardIds());

    browser.driver.navigate().back();
    browser.waitForUrl("without filters", u -> !u.contains("remote="));
    assertEquals("engineer", browser.find("#q").getAttribute("value"));
    assertFalse(checkbox("remote", "remote").isSelected());
    assertEquals(allTotal, browser.shownTotal());
    assertEquals(allIds, cardIds());

    browser.driver.navigate().forward();
    browser.waitForUrl("with the remote filter", u -> u.contains("remote=remote"));
    assertTrue(checkbox("remote", "remote").isSelected());
    assertEquals(remoteTotal, browser.shownTotal());

    // a reload (or a shared link) reproduces the view
    browser.driver.navigate().refresh();
    browser.waitDrawn();
    assertEquals("engineer", browser.find("#q").getAttribute("value"));
    assertTrue(checkbox("remote", "remote").isSelected());
    assertEquals(remoteIds, cardIds());
  }

  @Test
  void aTitleHoldingAScriptTagIsShownAsText() {
    browser.open("/?q=platform");
    WebElement xss = card("xss");
    assertEquals(
        UiTestIndex.SCRIPT_TITLE, xss.findElement(By.cssSelector(".card__title")).getText());
    assertTrue(xss.getText().contains("Evil <b>Corp</b>"), xss.getText());
    assertNoInjection();

    // a snippet of the description: HTML in the text stays text, the <mark>s are marks
    browser.open("/?q=onerror");
    WebElement snippet = card("xss").findElement(By.cssSelector(".card__snippet"));
    assertTrue(snippet.getText().contains("<img src=x onerror="), snippet.getText());
    assertFalse(snippet.findElements(By.cssSelector("mark")).isEmpty());
    assertNoInjection();

    // the document view shows every field as text too
    card("xss").findElement(By.cssSelector(".card__link")).click();
    browser.waitForUrl("of the document", u -> u.contains("doc=xss"));
    assertEquals(UiTestIndex.SCRIPT_TITLE, browser.find("#doc-title").getText());
    String doc = browser.find("#doc-view").getText();
    assertTrue(doc.contains("<img src=x onerror=\"window.__xss=1\"> <b>bold</b> & more."), doc);
    assertTrue(doc.contains("<i>Kubernetes</i>"), doc);
    assertNoInjection();
    assertEquals(UiTestIndex.SCRIPT_TITLE + " – careersearch", browser.driver.getTitle());
  }

  private static void assertNoInjection() {
    assertFalse(browser.alertOpen(), "an alert opened");
    assertNull(browser.js("return window.__xss === undefined ? null : String(window.__xss);"));
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('#main script, #main img, #main b, #main i').length;"));
  }

  @Test
  void theDocumentViewShowsTheWholePostingAndLeadsBack() {
    browser.open("/?q=PyTorch+remote+senior");
    card("ds-murm").findElement(By.cssSelector(".card__link")).click();
    browser.waitForUrl("of the document", u -> u.contains("doc=ds-murm"));
    assertEquals("Senior Data Scientist", browser.find("#doc-title").getText());
    String text = browser.find("#doc-view").getText();
    assertTrue(text.contains("murmuration"), text);
    assertTrue(text.contains("$120K–150K / year"), text);
    assertTrue(text.contains("Build PyTorch models of civic engagement"), text);
    assertTrue(text.contains("You know statistics, Python and PyTorch."), text);
    assertTrue(text.contains("https://example.org/jobs/ds-murm"), text);
    assertTrue(browser.find("#sidebar").getAttribute("hidden") != null);
    // the heading takes the focus, for keyboard and screen reader users
    assertEquals("doc-title", browser.js("return document.activeElement.id;"));
    // without /api/salaries (or with it) the view shows no error
    assertTrue(browser.findAll("#doc-view .notice--error").isEmpty());

    browser.find(".doc__back").click();
    browser.waitForUrl("of the results", u -> !u.contains("doc="));
    assertEquals("PyTorch remote senior", browser.find("#q").getAttribute("value"));
    assertEquals("ds-murm", browser.find("#results .card--job").getAttribute("data-id"));

    // an unknown id says so and leads back
    browser.open("/?doc=job:nope");
    assertTrue(
        browser
            .find("#doc-view .notice--error")
            .getText()
            .contains("no document with id 'job:nope'"),
        browser.find("#doc-view").getText());
  }

  @Test
  void theDocumentViewDrawsRelatedItemsAndASalaryInsight() {
    // the real linked documents and GET /api/salaries over UiTestIndex's 8 senior Data Scientist
    // reports (110k ... 190k in 2025)
    browser.open("/?q=PyTorch+remote+senior");
    card("ds-murm").findElement(By.cssSelector(".card__link")).click();
    browser.waitForUrl("of the document", u -> u.contains("doc=ds-murm"));
    browser.waitFor("the salary insight", d -> browser.find("#doc-view .insight").isDisplayed());
    String insight = browser.find("#doc-view .insight").getText();
    assertTrue(insight.contains("Reports\n8"), insight);
    assertTrue(insight.contains("Median\n$140,000"), insight);
    assertTrue(insight.contains("Middle half (p25–p75)\n$125,000 – $160,000"), insight);
    assertTrue(insight.contains("This document\n$120,000 – $150,000"), insight);
    assertTrue(insight.contains("2025\n$140,000"), insight);
    assertEquals(6, browser.findAll("#doc-view .insight .histogram__row").size());
    assertEquals(
        1, browser.findAll("#doc-view .boxplot__median").size(), "the box plot has a median");
    assertEquals(1, browser.findAll("#doc-view .boxplot__own").size(), "and the posting's range");

    assertEquals(List.of("Tools", "Skills", "Occupation"), browser.texts("#doc-view .related h3"));
    WebElement tool = browser.find("#doc-view .related a[href*='doc=tool%3Apytorch']");
    assertEquals("PyTorch", tool.getText());
    assertTrue(
        browser.find("#doc-view .related").getText().contains("Data Scientists"),
        browser.find("#doc-view .related").getText());
    tool.click();
    browser.waitForUrl("of the tool", u -> u.contains("doc=tool%3Apytorch"));
    assertEquals("PyTorch", browser.find("#doc-title").getText());
    assertTrue(browser.find("#doc-view").getText().contains("Data Scientists"));
  }

  @Test
  void relatedOccupationsOfAnOccupationLinkToThem() {
    browser.open("/?doc=occupation:15-2051.00");
    String text = browser.find("#doc-view").getText();
    assertTrue(text.contains("Analyze, manipulate, or process large sets of data"), text);
    assertTrue(text.contains("Machine Learning Scientist"), text);
    WebElement related = browser.find("#doc-view .related a[href*='occupation%3A15-2041.00']");
    assertEquals("Statisticians", related.getText());
  }

  @Test
  void suggestionsFromTheServerWorkWithTheKeyboard() {
    browser.open("/");
    WebElement box = browser.find("#q");
    box.sendKeys("pyt");
    browser.waitFor("suggestions", d -> browser.find("#suggestions").isDisplayed());
    List<String> options = browser.texts("#suggestions [role=option] .suggestion__text");
    assertEquals("PyTorch", options.get(0), options.toString());
    assertEquals(
        "tool",
        browser.find("#suggestions [role=option] .suggestion__type").getDomProperty("textContent"));
    int python = options.indexOf("Python");
    assertTrue(python > 0, options.toString());
    assertEquals("true", box.getAttribute("aria-expanded"));
    // the typed part is in bold, as an element built from text
    assertEquals("PyT", browser.find("#suggestion-0 b").getText());

    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals("suggestion-0", box.getAttribute("aria-activedescendant"));
    assertEquals("true", browser.find("#suggestion-0").getAttribute("aria-selected"));
    box.sendKeys(Keys.ARROW_UP); // wraps to the last
    assertEquals("suggestion-" + (options.size() - 1), box.getAttribute("aria-activedescendant"));

    box.sendKeys(Keys.ESCAPE);
    assertFalse(browser.find("#suggestions").isDisplayed());
    assertEquals("pyt", box.getAttribute("value"));
    assertEquals("false", box.getAttribute("aria-expanded"));
    assertNull(box.getAttribute("aria-activedescendant"));

    box.sendKeys("h");
    browser.waitFor(
        "suggestions for pyth",
        d ->
            browser.find("#suggestions").isDisplayed()
                && browser.texts("#suggestions .suggestion__text").contains("Python"));
    int index = browser.texts("#suggestions .suggestion__text").indexOf("Python");
    for (int i = 0; i <= index; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    box.sendKeys(Keys.ENTER);
    browser.waitForUrl("with the picked suggestion", u -> u.contains("q=Python"));
    assertEquals("Python", box.getAttribute("value"));
    assertFalse(browser.find("#suggestions").isDisplayed());
  }

  @Test
  void withoutASuggestRouteTheListStaysHidden() throws Exception {
    browser.open("/");
    browser.js(PageStubs.NO_SUGGEST_ROUTE);
    WebElement box = browser.find("#q");
    box.sendKeys("pyt");
    browser.waitFor(
        "the suggest request",
        d -> Long.valueOf(1).equals(browser.js("return window.__suggestCalls;")));
    box.sendKeys("o");
    Thread.sleep(400);
    // after the 404 the page stops asking, shows nothing and no error
    assertEquals(1L, browser.js("return window.__suggestCalls;"));
    assertFalse(browser.find("#suggestions").isDisplayed());
    assertEquals("false", box.getAttribute("aria-expanded"));
    assertTrue(browser.findAll(".notice--error").isEmpty());
    box.sendKeys(Keys.ENTER);
    browser.waitForUrl("with q=pyto", u -> u.contains("q=pyto"));
  }

  @Test
  void interpretedChipsBecomeFiltersOrAreRemoved() {
    browser.open("/");
    search("PyTorch remote senior");
    assertEquals(
        List.of("Tool: PyTorch", "Work place: Remote", "Seniority: Senior"),
        browser.texts("#understood .chip__text"));
    // a tool is no filter dimension: it can only be removed
    assertTrue(
        browser
            .find("#understood .chip[data-dimension='tool']")
            .findElements(By.cssSelector(".chip__filter"))
            .isEmpty());

    browser.find("#understood .chip[data-dimension='seniority'] .chip__filter").click();
    browser.waitForUrl("with the seniority filter", u -> u.contains("seniority=senior"));
    assertEquals("PyTorch remote", browser.find("#q").getAttribute("value"));
    assertTrue(checkbox("seniority", "senior").isSelected());
    assertEquals(List.of("Seniority: Senior"), activeFilters());

    browser.find("#understood .chip[data-dimension='remote'] .chip__remove").click();
    browser.waitForUrl("without remote", u -> u.contains("q=PyTorch&") || u.endsWith("q=PyTorch"));
    assertEquals("PyTorch", browser.find("#q").getAttribute("value"));
    assertEquals(List.of("Tool: PyTorch"), browser.texts("#understood .chip__text"));

    // a salary expression becomes salary_min
    browser.open("/");
    search("data jobs over 120k");
    assertEquals(
        List.of("Type: Job postings", "Salary: $120K+"), browser.texts("#understood .chip__text"));
    browser.find("#understood .chip[data-dimension='salary'] .chip__filter").click();
    browser.waitForUrl("with salary_min", u -> u.contains("salary_min=120000"));
    assertEquals("data jobs", browser.find("#q").getAttribute("value"));
    assertEquals(List.of("Salary ≥ $120,000"), activeFilters());
  }

  @Test
  void matchAllOfTheUnderstoodPartsAsksForStrictResults() {
    browser.open("/");
    search("PyTorch remote senior");
    long boosted = browser.shownTotal();
    browser.find("#understood .chips__strict input").click();
    browser.waitForUrl("strict", u -> u.contains("strict=true"));
    assertTrue(browser.find("#understood .chips__strict input").isSelected());
    assertEquals(List.of("ds-murm"), cardIds());
    assertTrue(boosted > 1, "boosted total " + boosted);
    browser.driver.navigate().back();
    browser.waitForUrl("not strict", u -> !u.contains("strict"));
    assertEquals(boosted, browser.shownTotal());
  }

  @Test
  void spellingCorrectionsAreOfferedOrSearched() {
    browser.open("/");
    search("pytorhc data");
    WebElement didYouMean = browser.find("#understood .did-you-mean__link");
    assertEquals("pytorch data", didYouMean.getText());
    didYouMean.click();
    browser.waitForUrl("with the correction", u -> u.contains("q=pytorch+data"));
    assertEquals("pytorch data", browser.find("#q").getAttribute("value"));

    // nothing matches as typed: the server searched the correction, and the page says so
    search("pytorhc");
    String said = browser.find("#understood .did-you-mean--corrected").getText();
    assertEquals("No results for “pytorhc”; showing results for pytorch.", said);
    assertTrue(cardIds().contains("tool:pytorch"), cardIds().toString());
  }

  @Test
  void apiErrorsShowTheirMessageAndAWayOut() {
    browser.open("/?salary_min=200000&salary_max=100000");
    WebElement error = browser.find("#notice .notice--error");
    assertTrue(
        error.getText().contains("salary_min (200000) is greater than salary_max (100000)"),
        error.getText());
    assertEquals("alert", error.getAttribute("role"));
    browser.find("#notice .notice--error button").click();
    browser.waitForUrl("of a new search", u -> !u.contains("salary_min"));
    assertTrue(browser.findAll("#notice .notice--error").isEmpty());
    assertFalse(cardIds().isEmpty());

    browser.open("/?seniority=bogus");
    assertTrue(
        browser.find("#notice").getText().contains("allowed values: entry, mid, senior, executive"),
        browser.find("#notice").getText());
  }

  @Test
  void emptyResultsSayWhatToDoNext() {
    browser.open("/?q=zzzqqq&seniority=senior");
    WebElement notice = browser.find("#notice .notice");
    assertTrue(notice.getText().contains("Nothing matches “zzzqqq”"), notice.getText());
    assertTrue(notice.getText().contains("browse without words"), notice.getText());
    assertTrue(cardIds().isEmpty());
    notice.findElement(By.xpath(".//button[contains(., 'clear all filters')]")).click();
    browser.waitForUrl("without filters", u -> !u.contains("seniority"));
    assertEquals("zzzqqq", browser.find("#q").getAttribute("value"));
    browser.find("#notice").findElement(By.linkText("browse without words")).click();
    browser.waitForUrl("without words", u -> !u.contains("q="));
    assertFalse(cardIds().isEmpty());
  }

  @Test
  void salaryMinAndMaxInputsFilterAndCheckWhatIsTyped() {
    browser.open("/?type=job");
    enter("#salary-min", "200k");
    browser.waitForUrl("with salary_min", u -> u.contains("salary_min=200000"));
    assertEquals(Set.of("staff-ny", "rs-ny"), Set.copyOf(cardIds()));
    assertEquals(List.of("Type: Job posting", "Salary ≥ $200,000"), activeFilters());
    assertEquals("200000", browser.find("#salary-min").getAttribute("value"));

    enter("#salary-max", "lots");
    assertTrue(
        browser.find("#salary-range-error").getText().contains("Max must be an amount"),
        browser.find("#salary-range-error").getText());
    assertFalse(browser.driver.getCurrentUrl().contains("salary_max"));
  }

  @Test
  void pagesAndSortOrder() {
    browser.open("/?type=job");
    assertEquals(10, cardIds().size());
    assertTrue(browser.find("#pagination").isDisplayed());
    browser.find("#pagination a[aria-label='Page 2']").click();
    browser.waitForUrl("of page 2", u -> u.contains("page=2"));
    assertEquals(2, cardIds().size());
    assertEquals("2", browser.find("#pagination [aria-current=page]").getText());

    browser.find("#sort").sendKeys("Salary: high to low");
    browser.waitForUrl(
        "sorted from page 1", u -> u.contains("sort=salary_desc") && !u.contains("page="));
    assertEquals(List.of("staff-ny", "rs-ny", "mlops"), cardIds().subList(0, 3));
  }

  @Test
  void theKeyboardCanTickFiltersAndKeepsItsPlace() {
    browser.open("/?type=job");
    browser.find("body").sendKeys("/");
    assertEquals("q", browser.js("return document.activeElement.id;"));

    WebElement senior = checkbox("seniority", "senior");
    browser.js("arguments[0].focus();", senior);
    senior.sendKeys(Keys.SPACE);
    browser.waitForUrl("with seniority", u -> u.contains("seniority=senior"));
    // the sidebar is drawn anew; the focus is back on the same checkbox, visibly
    assertEquals(
        "facet:seniority:senior",
        browser.js("return document.activeElement.getAttribute('data-focus-key');"));
    assertNotEquals(
        "none", browser.js("return getComputedStyle(document.activeElement).boxShadow;"));
    // every form control has a label
    assertEquals(
        0L,
        browser.js(
            "return [...document.querySelectorAll('input, select')]"
                + ".filter(i => !i.labels.length && !i.getAttribute('aria-label')).length;"));
  }

  private static String placeOf(String id) {
    return card(id).findElement(By.cssSelector(".card__place")).getText();
  }

  @Test
  void countryAndCityFacetsShowNamesAndAreMultiSelect() {
    browser.open("/?type=job");
    WebElement germany =
        browser.find("#facets fieldset[data-dim='country'] label:has(input[value='DE'])");
    assertEquals("Germany", germany.findElement(By.cssSelector(".facet__label")).getText());
    assertEquals("3", germany.findElement(By.cssSelector(".facet__count")).getText());
    tick("country", "DE");
    assertEquals(Set.of("mle-berlin", "ml-intern", "ae-berlin"), Set.copyOf(cardIds()));
    // multi-select: France keeps its count under the country filter, and adds its postings
    assertEquals(
        "3",
        browser
            .find("#facets fieldset[data-dim='country'] label:has(input[value='FR']) .facet__count")
            .getText());
    tick("country", "FR");
    assertEquals(
        Set.of("mle-berlin", "ml-intern", "ae-berlin", "de-paris", "da-paris", "be-paris"),
        Set.copyOf(cardIds()));
    assertTrue(browser.driver.getCurrentUrl().contains("country=DE&country=FR"));
    assertEquals(
        List.of("Type: Job posting", "Country: Germany", "Country: France"), activeFilters());
    WebElement paris =
        browser.find("#facets fieldset[data-dim='city'] label:has(.facet__label[title^='Paris'])");
    paris.click();
    browser.waitForUrl("with a city", u -> u.contains("city=Paris"));
    assertEquals(Set.of("de-paris", "da-paris", "be-paris"), Set.copyOf(cardIds()));
    // the card shows the place as resolved, beside the location as written
    assertEquals("Paris, Île-de-France, France", placeOf("de-paris"));
  }

  @Test
  void remoteCardsShowTheirScope() {
    browser.open("/?type=job&remote=remote");
    assertEquals("Remote (US)", placeOf("ds-murm"));
    // "Remote" names no country
    assertEquals("Remote (anywhere)", placeOf("mlops"));
  }

  @Test
  void nearAPlaceWithinARadiusShowsDistancesAndOffersTheDistanceSort() {
    browser.open("/?type=job");
    WebElement byDistance = browser.find("#sort option[value='distance']");
    assertFalse(byDistance.isEnabled());
    browser.find("#near-place").sendKeys("Berlin");
    enter("#near-km", "25");
    browser.waitForUrl("with near", u -> u.contains("near=Berlin&within_km=25"));
    assertEquals(Set.of("mle-berlin", "ml-intern", "ae-berlin"), Set.copyOf(cardIds()));
    assertEquals("Berlin, State of Berlin, Germany · 0 km away", placeOf("mle-berlin"));
    assertTrue(activeFilters().contains("Near: Berlin (25 km)"), activeFilters().toString());
    assertEquals("Berlin", browser.find("#near-place").getAttribute("value"));
    assertEquals("25", browser.find("#near-km").getAttribute("value"));

    assertTrue(browser.find("#sort option[value='distance']").isEnabled());
    browser.find("#sort").sendKeys("Distance: nearest first");
    browser.waitForUrl("sorted by distance", u -> u.contains("sort=distance"));
    assertEquals(3, cardIds().size());

    // without the place there is nothing to sort by distance: both go
    browser.find("#active-filters button[data-focus-key='active:near']").click();
    browser.waitForUrl("without near", u -> !u.contains("near=") && !u.contains("sort="));
    assertEquals(10, cardIds().size());
  }

  @Test
  void anUnknownPlaceIsSaidBesideTheFieldWithCloseNamesNotAsAnAlert() {
    browser.open("/?type=job");
    enter("#near-place", "Berln");
    browser.waitForUrl("with the misspelt place", u -> u.contains("near=Berln"));
    String said = browser.find("#near-error").getText();
    assertTrue(said.contains("'Berln' is not a place careersearch knows"), said);
    assertTrue(said.contains("did you mean:") && said.contains("Berlin, "), said);
    assertEquals("true", browser.find("#near-place").getAttribute("aria-invalid"));
    assertTrue(browser.findAll("[role='alert']").isEmpty());
    assertFalse(browser.alertOpen());
    assertTrue(cardIds().isEmpty());

    // a radius out of range is refused before asking
    browser.find("#near-place").clear();
    browser.find("#near-place").sendKeys("Berlin");
    enter("#near-km", "5000");
    assertEquals(
        "Within must be a whole number of km from 1 to 1000.",
        browser.find("#near-error").getText());
    assertTrue(
        browser.driver.getCurrentUrl().endsWith("near=Berln"), browser.driver.getCurrentUrl());
  }
}

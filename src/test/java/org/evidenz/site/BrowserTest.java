package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.evidenz.support.Chromium;
import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a reader using a real browser, and especially a keyboard, gets from the reader pages. */
@ReaderSiteTest
class BrowserTest {

    /** A keyboard user should never need more key presses than this to reach anything on a reader page. */
    private static final int MAX_TABS = 150;
    private static final String NOT_FOUND = "/en/no-such-page";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void freshWindow() {
        driver = chromium.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(5));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void open(String path) {
        driver.manage().logs().get(LogType.BROWSER); // reading the log empties it: earlier pages are not our concern
        driver.get(new Http(port).base() + path);
    }

    @Test
    void articleShowsItsTitleEveryTreatmentCardAndTheComparisonTable() {
        open(ReaderPages.ARTICLE);

        assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector(".treatment-card"))).hasSize(12)
                .allSatisfy(card -> assertThat(card.isDisplayed()).isTrue());
        assertThat(driver.findElement(By.cssSelector("table.comparison-table")).isDisplayed()).isTrue();
    }

    @Test
    void firstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent() {
        open(ReaderPages.ARTICLE);

        press(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.isDisplayed()).as("the skip link shows once focused").isTrue();

        press(Keys.ENTER);
        wait.withMessage("focus should move to <main>")
                .until(d -> activeMatches("main#main"));
    }

    @Test
    void comparisonTableIsReachableByKeyboardAndScrollsSideways() {
        driver.manage().window().setSize(new Dimension(800, 900));
        open(ReaderPages.ARTICLE);

        tabUntil(() -> activeMatches("div.comparison[role=region][tabindex='0']"), "the comparison table region");
        WebElement region = driver.switchTo().activeElement();
        assertThat(region.getAccessibleName()).startsWith("Passive treatments compared");
        double scrollWidth = number(region, "scrollWidth");
        double clientWidth = number(region, "clientWidth");
        assertThat(scrollWidth).as("on a narrow window the table is wider than its region").isGreaterThan(clientWidth);

        // Each ArrowRight moves a step; enough steps must bring the last column into view.
        double maxScroll = scrollWidth - clientWidth;
        for (int presses = 0; number(region, "scrollLeft") < maxScroll - 1; presses++) {
            assertThat(presses).as("ArrowRight presses to reach the last column").isLessThan(MAX_TABS);
            double before = number(region, "scrollLeft");
            press(Keys.ARROW_RIGHT);
            wait.withMessage("ArrowRight should scroll the table sideways from " + before)
                    .until(d -> number(region, "scrollLeft") > before);
        }
        WebElement lastColumn = region.findElement(By.cssSelector("thead th:last-child"));
        assertThat(lastColumn.getRect().getX() + lastColumn.getRect().getWidth())
                .as("the last column ends inside the visible region")
                .isLessThanOrEqualTo(region.getRect().getX() + region.getRect().getWidth());
    }

    @Test
    void glossaryDefinitionShowsOnKeyboardFocusAndEscapeDismissesIt() {
        open(ReaderPages.ARTICLE);

        tabUntil(() -> activeMatches("a.term-link"), "a glossary term");
        WebElement link = driver.switchTo().activeElement();
        String tipId = link.getDomAttribute("aria-describedby");
        assertThat(tipId).isNotBlank();
        WebElement tip = driver.findElement(By.id(tipId));
        assertThat(tip.getDomAttribute("role")).isEqualTo("tooltip");
        wait.withMessage("the definition shows while its term has focus")
                .until(ExpectedConditions.visibilityOf(tip));

        press(Keys.ESCAPE);
        wait.withMessage("Escape hides the definition").until(ExpectedConditions.invisibilityOf(tip));
        assertThat(driver.switchTo().activeElement()).as("Escape leaves focus where it was").isEqualTo(link);

        press(Keys.TAB);
        assertThat(driver.switchTo().activeElement()).isNotEqualTo(link);
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(driver.switchTo().activeElement()).isEqualTo(link);
        wait.withMessage("the definition shows again when focus comes back")
                .until(ExpectedConditions.visibilityOf(tip));
    }

    @Test
    void readerPagesLogNoErrorsInTheBrowserConsole() {
        for (String path : ReaderPages.ALL.stream().filter(p -> !ReaderPages.NOT_FOUND.contains(p)).toList()) {
            open(path);
            waitForLoad();

            assertThat(severe()).as("console errors on %s", path).isEmpty();
        }
    }

    @Test
    void notFoundPageLogsOnlyItsOwn404() {
        open(NOT_FOUND);
        waitForLoad();

        // Chromium reports any document answered with 404 as a failed resource load; that is the page's purpose.
        Predicate<LogEntry> ownStatus = entry -> entry.getMessage().contains(NOT_FOUND)
                && entry.getMessage().contains("status of 404");
        List<LogEntry> severe = severe();
        assertThat(severe).as("the 404 itself is logged, so the console is really being read").anyMatch(ownStatus);
        assertThat(severe.stream().filter(ownStatus.negate()).map(LogEntry::getMessage))
                .as("console errors on %s", NOT_FOUND).isEmpty();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("We could not find this page");
    }

    @Test
    void glossaryTermsLeadToTheirGlossaryPageWithoutJavaScript() {
        Http http = new Http(port);
        Document article = http.page(ReaderPages.ARTICLE);

        List<String> hrefs = article.select("a.term-link").eachAttr("href");
        assertThat(hrefs).isNotEmpty().allSatisfy(href -> assertThat(href).matches("/en/glossary/[a-z0-9-]+"));
        assertThat(http.get(hrefs.getFirst()).statusCode()).isEqualTo(200);
    }

    @Test
    void searchBoxSuggestsAsTheReaderTypesAndSubmitsToTheResultsPage() {
        open("/en/");
        WebElement box = driver.findElement(By.id("header-q"));
        box.sendKeys("chiro");

        wait.withMessage("suggestions appear in the box's list").until(d -> !d.findElements(
                By.cssSelector("#" + box.getAttribute("list") + " option[value='chiropractic adjustment']")).isEmpty());
        box.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/en/search?q=chiro"));
        assertThat(driver.findElements(By.cssSelector(".search-result h2 a"))).isNotEmpty();
        assertThat(severe()).isEmpty();
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Presses Tab from the top of the page until {@code reached} holds. */
    private void tabUntil(BooleanSupplier reached, String what) {
        for (int presses = 1; presses <= MAX_TABS; presses++) {
            press(Keys.TAB);
            if (reached.getAsBoolean()) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach " + what + " within " + MAX_TABS + " presses; last focus: "
                + ((JavascriptExecutor) driver).executeScript("return document.activeElement.outerHTML.slice(0, 200)"));
    }

    private boolean activeMatches(String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.activeElement.matches(arguments[0])", selector));
    }

    private double number(WebElement element, String property) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0][arguments[1]]", element,
                property)).doubleValue();
    }

    private void waitForLoad() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private List<LogEntry> severe() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }
}

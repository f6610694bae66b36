package org.evidenz.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.evidenz.support.Chromium;
import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.jayway.jsonpath.JsonPath;

import nu.validator.client.EmbeddedValidator;

/**
 * A reader in Chromium chooses three options by keyboard, compares them, notes what matters and a question, looks at
 * the print view and downloads the PDF; the sheet pages pass axe-core and the Nu checker in both languages.
 */
@ReaderSiteTest
class DecisionBrowserTest {

    private static final int MAX_TABS = 150;
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static EmbeddedValidator validator;

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @TempDir
    Path downloads;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void validator() {
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    }

    @BeforeEach
    void window() {
        driver = chromium.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void readerChoosesThreeOptionsByKeyboardComparesAnswersPrintsAndDownloadsThePdf() throws Exception {
        driver.get(new Http(port).base() + ReaderPages.ARTICLE + "/compare");
        for (String option : List.of("acupuncture", "massage", "strengthening-stretching-exercises")) {
            tabUntil("#choose-" + option);
            press(Keys.SPACE);
        }
        wait.withMessage("the comparison appears in place, without a new page")
                .until(d -> d.findElements(By.cssSelector(".option h3")).size() == 3);
        assertThat(driver.getCurrentUrl()).endsWith("/compare?t=strengthening-stretching-exercises&t=acupuncture"
                + "&t=massage");
        assertThat(driver.findElements(By.cssSelector(".option h3")).stream().map(WebElement::getText))
                .containsExactly("Exercises to strengthen and stretch the muscles", "Acupuncture", "Massage");
        List<WebElement> columns = driver.findElements(By.cssSelector(".option"));
        assertThat(columns.get(1).getRect().getY()).as("side by side on a wide screen")
                .isEqualTo(columns.get(0).getRect().getY());

        tabUntil("#matters-cost-not-at-all");
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        assertThat(driver.findElement(By.id("matters-cost-very-much")).isSelected()).isTrue();
        tabUntil("#own-question-1");
        press("Will my knee cope with the exercises?");
        tabUntil("button[name=format][value=print]");
        press(Keys.ENTER);

        wait.until(d -> !d.findElements(By.cssSelector(".sheet")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".sheet-questions")).getText())
                .contains("Will my knee cope with the exercises?");
        assertThat(driver.findElement(By.cssSelector("[data-print]")).isDisplayed()).as("print button").isTrue();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector(".site-header")).isDisplayed()).as("header in print").isFalse();
        assertThat(driver.findElement(By.cssSelector(".sheet-actions")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".sheet-facts")).isDisplayed()).isTrue();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        driver.findElement(By.cssSelector(".sheet-actions button[value=pdf]")).click();
        wait.withMessage("the PDF is downloaded").until(d -> pdfIn(downloads) != null);

        SheetPdfText pdf = SheetPdfText.of(Files.readAllBytes(pdfIn(downloads)));
        assertThat(pdf.flowing()).contains("Acupuncture", "Massage", "Exercises to strengthen and stretch the muscles",
                "Will my knee cope with the exercises?", "Very much");
        assertThat(pdf.flowing()).doesNotContain("Yoga", "Osteopathy", "Traction", "Pilates");
    }

    @Test
    void onAPhoneTheOptionsComeOneAfterAnother() {
        driver.manage().window().setSize(new Dimension(400, 900));
        driver.get(new Http(port).base() + ReaderPages.COMPARE);

        List<WebElement> columns = driver.findElements(By.cssSelector(".option"));
        assertThat(columns).hasSize(3);
        assertThat(columns.get(1).getRect().getY()).isGreaterThan(columns.get(0).getRect().getY()
                + columns.get(0).getRect().getHeight() - 1);
        assertThat(columns.get(1).getRect().getX()).isEqualTo(columns.get(0).getRect().getX());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de"})
    void sheetPageHasNoSeriousAccessibilityViolationAndIsValidHtml(String lang) throws Exception {
        driver.get(new Http(port).base() + (lang.equals("en") ? ReaderPages.COMPARE : ReaderPages.GERMAN_COMPARE));
        // The page scrolls smoothly, so a pointer click may land while it moves; the keyboard test clicks nothing.
        driver.executeScript("arguments[0].click()", driver.findElement(By.id("matters-cost-a-little")));
        driver.findElement(By.id("own-question-1")).sendKeys("Test question " + lang);
        driver.executeScript("arguments[0].click()",
                driver.findElement(By.cssSelector("button[name=format][value=print]")));
        wait.until(d -> !d.findElements(By.cssSelector(".sheet")).isEmpty());

        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        assertThat(results.isErrored()).isFalse();
        assertThat(results.getPasses()).isNotEmpty();
        assertThat(results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp())).as("axe on the %s sheet", lang).isEmpty();

        // The Nu checker reads the page as served, which the browser got from a POST.
        String served = new SheetRequests(port).post(lang.equals("en") ? SheetRequests.SHEET
                : SheetRequests.GERMAN_SHEET, List.of(SheetRequests.field("t", "massage"),
                SheetRequests.field("t", "yoga"), SheetRequests.field("matters-cost", "a-little"),
                SheetRequests.field("question", "Test question"))).body();
        assertThat(served).contains("sheet-facts");
        assertValid(served, lang + " sheet");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de"})
    void refusedSheetAndEmptyComparisonAreValidHtml(String lang) throws Exception {
        String sheet = lang.equals("en") ? SheetRequests.SHEET : SheetRequests.GERMAN_SHEET;
        assertValid(new SheetRequests(port).post(sheet, List.of(SheetRequests.field("t", "massage"))).body(),
                lang + " refused sheet");
        String compare = (lang.equals("en") ? ReaderPages.ARTICLE : ReaderPages.GERMAN_ARTICLE) + "/compare";
        assertValid(new Http(port).get(compare).body(), lang + " empty comparison");
        assertValid(new Http(port).get(compare + "?t=massage&t=%3Cb%3E").body(), lang + " bad comparison");
    }

    private static void assertValid(String html, String what) throws Exception {
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<Map<String, Object>> problems = JsonPath.<List<Map<String, Object>>>read(report, "$.messages[*]").stream()
                .filter(m -> "error".equals(m.get("type")) || "warning".equals(m.get("subType"))
                        || "non-document-error".equals(m.get("type")))
                .toList();
        assertThat(problems).as("Nu checker on the %s", what).isEmpty();
    }

    private static Path pdfIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void tabUntil(String selector) {
        for (int presses = 1; presses <= MAX_TABS; presses++) {
            press(Keys.TAB);
            if (activeMatches(selector)) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach " + selector + " within " + MAX_TABS + " presses");
    }

    private boolean activeMatches(String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.activeElement.matches(arguments[0])", selector));
    }

}

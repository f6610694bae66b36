package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.evidenz.support.Chromium;
import org.evidenz.support.MovableClock;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/** A reader in Chromium answers the article's question, fills in the form and is thanked; the form is accessible. */
@FeedbackTest
class FeedbackBrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readerAnswersNoFillsInTheFormWithTheKeyboardAndIsThanked() {
        clock.advance(ReaderFeedback.aNewMinute());
        WebDriver driver = chromium.driver();
        driver.get("http://localhost:" + port + ReaderPages.ARTICLE);
        click(driver, driver.findElement(By.cssSelector(".feedback-prompt button[value=no]")));

        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Comment on this page"));
        assertThat(driver.findElement(By.cssSelector("input[name=helpful][value=no]")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("website")).isDisplayed()).as("the honeypot is hidden").isFalse();
        click(driver, driver.findElement(By.cssSelector("input[name=understandable][value='4']")));
        driver.findElement(By.id("comment-first")).sendKeys("Clear, but I missed a word about costs.");
        click(driver, driver.findElement(By.id("consent-first")));
        long before = Rows.count(jdbc, "feedback");
        clock.advance(Duration.ofSeconds(20));
        click(driver, driver.findElement(By.cssSelector(".feedback-form button[type=submit]")));

        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Thank you for your feedback"));
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before + 1);
        assertThat(driver.manage().getCookies()).as("the browser's form, sent with its Origin, needs no cookie")
                .isEmpty();
    }

    @Test
    void formWithErrorsHasNoSeriousAccessibilityViolation() {
        clock.advance(ReaderFeedback.aNewMinute());
        WebDriver driver = chromium.driver();
        driver.get("http://localhost:" + port + ReaderPages.FEEDBACK_FORM);
        assertAccessible(driver, "the empty form");
        clock.advance(Duration.ofSeconds(20));
        click(driver, driver.findElement(By.cssSelector(".feedback-form button[type=submit]")));

        WebElement alert = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(alert.getText()).contains("Please choose how easy the page was to understand");
        assertAccessible(driver, "the form with errors");
    }

    /** Activates a button, radio button or checkbox from the keyboard, as a keyboard user does. */
    private static void click(WebDriver driver, WebElement element) {
        element.sendKeys(element.getTagName().equals("button") ? Keys.ENTER : Keys.SPACE);
    }

    private static void assertAccessible(WebDriver driver, String what) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        assertThat(results.isErrored()).isFalse();
        assertThat(results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp()).toList()).as(what).isEmpty();
    }
}

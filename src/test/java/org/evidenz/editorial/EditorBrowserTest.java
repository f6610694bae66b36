package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.evidenz.accounts.User;
import org.evidenz.editorial.workflow.ReviewPolicies;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.Chromium;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editorial day in a real browser: an author signs in, edits the demo article (watching the live preview),
 * sends it to review; a scientific reviewer approves it; a publisher publishes it; a reader sees the change.
 */
@EditorialTest
class EditorBrowserTest {

    private static final String NEW_SUMMARY = "Passive treatments help little and briefly; moving helps most.";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Editorial editorial;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ReviewPolicies policies;

    private WebDriver driver;
    private WebDriverWait wait;

    @Test
    void anEditedArticleGoesThroughReviewAndReadersSeeThePublishedChange() {
        editorial.resetContent();
        User author = editorial.user("browser-author", Role.AUTHOR);
        User reviewer = editorial.user("browser-reviewer", Role.SCIENTIFIC_REVIEWER);
        User publisher = editorial.user("browser-publisher", Role.PUBLISHER);
        policies.set(Language.EN, "passive-treatments", reviewer, false, 3, author.email());
        driver = chromium.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.manage().window().setSize(new Dimension(1280, 1000));

        signIn(author);
        open("/editor/items/articles/en/passive-treatments");
        WebElement summary = driver.findElement(By.name("summary"));
        summary.clear();
        summary.sendKeys(NEW_SUMMARY);
        wait.until(d -> d.findElement(By.cssSelector(".live-preview-body .lead")).getText().equals(NEW_SUMMARY));
        driver.findElement(By.cssSelector("button[name=_action][value=save]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "Saved as revision 2."));
        open("/editor/articles/en/passive-treatments/workflow");
        driver.findElement(By.id("submit-message")).sendKeys("New summary, please check.");
        driver.findElement(By.xpath("//button[contains(., 'review')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "Sent to scientific review."));
        assertNoConsoleErrors();
        signOut();

        signIn(reviewer);
        open("/editor/articles/en/passive-treatments/workflow");
        driver.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Approve')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Approved."));
        signOut();

        signIn(publisher);
        open("/editor/articles/en/passive-treatments/workflow");
        driver.findElement(By.xpath("//button[normalize-space(.)='Publish']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "Published"));
        signOut();

        open("/en/low-back-pain/passive-treatments");
        assertThat(driver.findElement(By.cssSelector(".lead")).getText()).isEqualTo(NEW_SUMMARY);
        assertThat(driver.findElement(By.cssSelector(".review-dates")).getText()).contains("November 23, 2026");
        assertNoConsoleErrors();
    }

    private void signIn(User user) {
        open("/editor/login");
        driver.findElement(By.id("email")).sendKeys(user.email());
        driver.findElement(By.id("password")).sendKeys(Editorial.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
    }

    private void signOut() {
        driver.findElement(By.xpath("//button[normalize-space(.)='Sign out']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).isEmpty();
    }
}

package org.evidenz.editorial.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import org.evidenz.accounts.User;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.shell.Role;
import org.evidenz.support.Chromium;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * An author in Chromium uploads a PubMed XML file from the source list, sees the preview, ticks one reference and
 * finds it among the sources as a draft; every screen on the way is accessible.
 */
@EditorialTest
class ReferenceImportBrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Editorial editorial;
    @Autowired
    ContentStore store;

    @Test
    void anAuthorUploadsAPubmedFileTicksOneReferenceAndFindsItAsADraftSource() {
        editorial.resetContent();
        User author = editorial.user("browser-importer", Role.AUTHOR);
        WebDriver driver = chromium.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.get("http://localhost:" + port + "/editor/login");
        driver.findElement(By.id("email")).sendKeys(author.email());
        driver.findElement(By.id("password")).sendKeys(Editorial.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));

        driver.get("http://localhost:" + port + "/editor/items/sources");
        driver.findElement(By.linkText("Import references")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Import references"));
        assertAccessible(driver, "the import form");
        driver.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/references/pubmed.xml")
                .toAbsolutePath().toString());
        press(driver.findElement(By.xpath("//button[normalize-space(.)='Preview']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));
        assertThat(driver.findElement(By.id("preview-heading")).getText()).contains("PubMed XML");
        List<WebElement> entries = driver.findElements(By.cssSelector("li.import-candidate"));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).findElement(By.cssSelector(".citation-box")).getText())
                .startsWith("Nielsen SM, Tarp S, Christensen R, et al.");
        assertThat(entries.get(1).findElement(By.cssSelector(".duplicates")).getText())
                .contains("nielsen-2017 (same DOI)");
        assertAccessible(driver, "the preview");

        WebElement id = driver.findElement(By.id("id-2"));
        id.clear();
        id.sendKeys("nielsen-2017-overview");
        entries.get(1).findElement(By.cssSelector("input[name=entry]")).sendKeys(Keys.SPACE);
        press(driver.findElement(By.xpath("//button[contains(., 'Create the ticked')]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "Created 1 draft source: nielsen-2017-overview."));
        assertThat(driver.findElement(By.xpath("//tr[td/code[normalize-space(.)='nielsen-2017-overview']]"))
                .getText()).contains("not published");
        assertThat(store.find(new ItemKey(ItemKind.SOURCE, null, "nielsen-2017-overview")).orElseThrow()
                .publishedRevision()).isNull();
        assertNoConsoleErrors(driver);
    }

    /** Activates a button from the keyboard, as a keyboard user does, wherever it is on the page. */
    private static void press(WebElement button) {
        button.sendKeys(Keys.ENTER);
    }

    private static void assertAccessible(WebDriver driver, String what) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        assertThat(results.isErrored()).isFalse();
        assertThat(results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp()).toList()).as(what).isEmpty();
    }

    private static void assertNoConsoleErrors(WebDriver driver) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).isEmpty();
    }
}

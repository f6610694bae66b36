package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

import org.evidenz.accounts.User;
import org.evidenz.shell.Role;
import org.evidenz.support.Chromium;
import org.evidenz.support.Editorial;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new installation, a new editor, a new topic: on an application started without the demo content, an author
 * creates one item of every kind through the editor's forms in a real browser, without JavaScript tricks and without
 * reusing anything that was there before; a reviewer approves the article, a publisher publishes it, and readers
 * find it on the site, in search, in the feed and in the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:new-installation;DB_CLOSE_DELAY=-1", "evidenz.bundle.load-demo=false",
        "evidenz.jobs.enabled=false"})
@Import({FixedClock.class, Editorial.class})
class NewTopicFromNothingBrowserTest {

    private static final String SOURCE = "hartmann-2024";
    private static final String CONDITION = "lateral-epicondylitis";
    private static final String TREATMENT = "elbow-brace";
    private static final String ARTICLE_TITLE = "Do elbow braces help with tennis elbow?";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    /** An empty data directory of its own, as on a machine that never ran Evidenz: no search index, no keys. */
    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("evidenz.data-dir", () -> "target/test-data/new-installation/" + UUID.randomUUID());
    }

    @LocalServerPort
    int port;
    @Autowired
    Editorial editorial;

    private WebDriver driver;
    private WebDriverWait wait;

    @Test
    void aNewAuthorCreatesEveryKindOfItemAndReadersFindThePublishedArticleEverywhere() {
        User author = editorial.user("new-author", Role.AUTHOR);
        User reviewer = editorial.user("new-reviewer", Role.SCIENTIFIC_REVIEWER);
        User publisher = editorial.user("new-publisher", Role.PUBLISHER);
        driver = chromium.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class);
        driver.manage().window().setSize(new Dimension(1280, 1000));

        signIn(author);
        createSource();
        createCondition();
        createTreatment();
        createFinding();
        createCoverage();
        createGuideline();
        createTerm();
        createTopic();
        createArticle();
        assertThat(new Http(port).get("/en/tennis-elbow/elbow-braces").statusCode())
                .as("a draft is not on the site").isEqualTo(404);
        click(By.linkText("Review and publication"));
        click(By.xpath("//button[normalize-space(.)='Send to scientific review']"));
        waitForStatus("Sent to scientific review.");
        assertNoConsoleErrors();
        signOut();

        signIn(reviewer);
        open("/editor/articles/en/elbow-braces/workflow");
        WebElement external = driver.findElement(By.name("requiresExternalReview"));
        assertThat(external.isSelected()).as("a new article asks for external review until a reviewer decides")
                .isTrue();
        click(external);
        click(By.xpath("//button[normalize-space(.)='Save policy']"));
        waitForStatus("Policy and plan saved.");
        step("/editor/articles/en/elbow-braces/workflow", "Approve", "Approved.");
        signOut();

        signIn(publisher);
        step("/editor/articles/en/elbow-braces/workflow", "Publish", "Published");
        signOut();

        readersFindTheArticle();
        assertNoConsoleErrors();
    }

    private void createSource() {
        newItem("sources");
        type("id", SOURCE);
        choose("type", "article-journal");
        add("authors");
        type("authors[0].family", "Hartmann");
        type("authors[0].given", "L");
        add("authors");
        type("authors[1].family", "Okafor");
        type("authors[1].given", "CN");
        type("title", "Braces for lateral elbow pain: a systematic review");
        type("container-title", "J Elbow Res");
        type("year", "2024");
        type("volume", "12");
        type("pages", "101-10");
        created(SOURCE);
        assertThat(driver.findElement(By.cssSelector(".citation-box")).getText())
                .contains("Hartmann L, Okafor CN. Braces for lateral elbow pain");
    }

    private void createCondition() {
        newItem("conditions");
        type("id", CONDITION);
        type("slug", CONDITION);
        type("name", "Lateral epicondylitis");
        type("lay-names", "tennis elbow\nlateral elbow pain");
        add("codes");
        choose("codes[0].system", "ICD-10-GM");
        type("codes[0].code", "M77.1");
        type("codes[0].display", "Epicondylitis radialis humeri");
        type("codes[0].version", "2026");
        created(CONDITION);
    }

    private void createTreatment() {
        newItem("treatments");
        type("id", TREATMENT);
        type("slug", TREATMENT);
        type("name", "Elbow brace");
        choose("kind", "PASSIVE");
        type("summary", "A strap worn just below the elbow to take load off the tendon.");
        type("description", "A firm band around the forearm, worn during the day [@" + SOURCE + "].");
        choose("plausibility", "UNCLEAR");
        add("harms");
        type("harms[0].id", "elbow-brace-skin-irritation");
        type("harms[0].name", "Skin irritation");
        type("harms[0].description", "The strap can rub and redden the skin.");
        choose("harms[0].frequency", "SOMETIMES");
        choose("harms[0].seriousness", "MINOR");
        type("harms[0].sources", SOURCE);
        created(TREATMENT);
    }

    private void createFinding() {
        newItem("findings");
        type("id", "elbow-brace-pain");
        type("treatment", TREATMENT);
        type("condition", CONDITION);
        choose("phase", "CHRONIC");
        type("outcome", "Pain");
        choose("direction", "BENEFIT");
        choose("size", "SMALL");
        choose("duration", "SHORT_TERM");
        choose("certainty", "LOW");
        type("statement", "Braces eased elbow pain a little for a few weeks.");
        type("sources", SOURCE);
        created("elbow-brace-pain");
    }

    private void createCoverage() {
        newItem("coverage");
        type("id", "elbow-brace-coverage-de");
        type("jurisdiction", "DE");
        type("payer", "Statutory health insurance");
        choose("status", "COVERED");
        choose("extent", "ALL");
        type("treatments", TREATMENT);
        type("sources", SOURCE);
        created("elbow-brace-coverage-de");
    }

    private void createGuideline() {
        newItem("guidelines");
        type("id", "elbow-pain-guideline");
        type("title", "Guideline on lateral elbow pain");
        type("short-title", "Elbow guideline");
        type("issuer", "Society for Elbow Research");
        type("year", "2024");
        type("jurisdiction", "DE");
        type("source", SOURCE);
        add("recommendations");
        type("recommendations[0].id", "elbow-brace-add-on");
        type("recommendations[0].treatments", TREATMENT);
        type("recommendations[0].condition", CONDITION);
        choose("recommendations[0].direction", "OPTIONAL");
        choose("recommendations[0].strength", "WEAK");
        type("recommendations[0].statement", "A brace can be tried in addition to exercises.");
        type("recommendations[0].sources", SOURCE);
        created("elbow-pain-guideline");
    }

    private void createTerm() {
        newItem("terms");
        type("id", "epicondyle");
        type("slug", "epicondyle");
        type("term", "Epicondyle");
        type("forms", "epicondyle\nepicondyles");
        type("definition", "A bony bump at the lower end of the upper arm bone, where forearm tendons attach.");
        created("epicondyle");
    }

    private void createTopic() {
        newItem("topics");
        type("id", "tennis-elbow");
        type("slug", "tennis-elbow");
        type("title", "Tennis elbow");
        type("summary", "Pain on the outer side of the elbow, often after repeated gripping.");
        type("condition", CONDITION);
        created("tennis-elbow");
    }

    private void createArticle() {
        newItem("articles");
        type("id", "elbow-braces");
        type("topic", "tennis-elbow");
        type("slug", "elbow-braces");
        type("title", ARTICLE_TITLE);
        type("summary", "An elbow brace may ease the pain of tennis elbow a little, for a short time.");
        type("treatments", TREATMENT);
        add("sections");
        type("sections[0].title", "In short");
        type("sections[0].anchor", "in-short");
        choose("sections[0].layer", "short-answer");
        type("sections[0].body", "A brace may ease the pain near the epicondyle a little for a few weeks [@"
                + SOURCE + "].");
        add("sections");
        type("sections[1].title", "The brace in detail");
        type("sections[1].anchor", "the-brace");
        choose("sections[1].layer", "details");
        type("sections[1].body", "{{treatment-cards}}\n\n{{recommendations}}\n\n{{coverage}}");
        created("elbow-braces");
    }

    private void readersFindTheArticle() {
        open("/en/");
        click(By.linkText("Tennis elbow"));
        waitForText("h1", "Tennis elbow");
        assertThat(driver.getCurrentUrl()).endsWith("/en/tennis-elbow");
        click(By.linkText(ARTICLE_TITLE));
        waitForText("h1", ARTICLE_TITLE);
        String article = driver.findElement(By.tagName("main")).getText();
        assertThat(article).contains("Elbow brace", "Braces eased elbow pain a little for a few weeks.",
                "Skin irritation", "A brace can be tried in addition to exercises.", "Statutory health insurance",
                "Hartmann L, Okafor CN. Braces for lateral elbow pain: a systematic review.");
        assertThat(driver.findElements(By.cssSelector("main a.term-link[href='/en/glossary/epicondyle']")))
                .as("the new glossary term links its word in the text").isNotEmpty();

        open("/en/search?q=elbow+brace");
        assertThat(driver.findElements(By.linkText(ARTICLE_TITLE))).isNotEmpty();

        Http http = new Http(port);
        HttpResponse<String> feed = http.get("/en/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains(ARTICLE_TITLE, "/en/tennis-elbow/elbow-braces");
        HttpResponse<String> api = http.get("/api/v1/articles/en/tennis-elbow/elbow-braces");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains(ARTICLE_TITLE, "\"" + TREATMENT + "\"", "Hartmann");
        assertThat(http.get("/api/v1/topics?lang=en").body()).contains("tennis-elbow", "elbow-braces");
    }

    /** From the content overview, as the editor's navigation leads there: the kind's list, then its New button. */
    private void newItem(String kind) {
        open("/editor/content?lang=en");
        click(By.linkText(kind));
        click(By.linkText("New"));
        waitForText("h1", "New ");
    }

    private void type(String field, String text) {
        WebElement element = driver.findElement(By.name(field));
        element.clear();
        element.sendKeys(text);
    }

    private void choose(String field, String value) {
        new Select(driver.findElement(By.name(field))).selectByValue(value);
    }

    /** Adds an entry to a list with the form's own button (a round trip to the server, no JavaScript). */
    private void add(String group) {
        String count = "[name='" + group + ".count']";
        int entries = Integer.parseInt(valueOf(count));
        click(By.cssSelector("button[name=_action][value='add:" + group + "']"));
        // Only the page that comes back has one entry more.
        wait.until(d -> String.valueOf(entries + 1).equals(valueOf(count)));
    }

    private void created(String id) {
        click(By.cssSelector("button[name=_action][value=save]"));
        waitForStatus("Created " + id + " (revision 1).");
    }

    private void step(String workflowPage, String button, String done) {
        open(workflowPage);
        click(By.xpath("//button[starts-with(normalize-space(.), '" + button + "')]"));
        waitForStatus(done);
    }

    private void waitForStatus(String text) {
        String message = wait.until(d -> textOf("[role=status], [role=alert]"));
        assertThat(message).as("on %s, with the problems %s", driver.getCurrentUrl(),
                driver.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText).toList())
                .contains(text);
    }

    /** Waits for it first: the page the last click asked for may still be on its way. */
    private void click(By button) {
        click(wait.until(ExpectedConditions.presenceOfElementLocated(button)));
    }

    /** Scrolls it to the middle first, as a person would: the form's sticky action bar covers the window's bottom. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void signIn(User user) {
        open("/editor/login");
        driver.findElement(By.id("email")).sendKeys(user.email());
        driver.findElement(By.id("password")).sendKeys(Editorial.PASSWORD);
        click(By.cssSelector("form button[type=submit]"));
        waitForText("h1", "Dashboard");
    }

    private void signOut() {
        click(By.xpath("//button[normalize-space(.)='Sign out']"));
        waitForText("h1", "Sign in");
    }

    private void waitForText(String selector, String text) {
        wait.until(d -> textOf(selector) != null && textOf(selector).contains(text));
    }

    /**
     * The text of the first element that matches, read inside the page in one step: an element handle found while
     * the next page is on its way may be gone by the time it is read.
     */
    private String textOf(String selector) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;", selector);
    }

    private String valueOf(String selector) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.value : null;", selector);
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

package org.evidenz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.evidenz.shared.Language;
import org.evidenz.site.ContentVersion;
import org.evidenz.site.Pages;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.Http;
import org.evidenz.support.PostgresServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database stopped under a running node and started again: published pages and API answers already in memory
 * keep coming; whatever needs the database (a page not in memory, the feedback form, the editor, health and
 * readiness) answers 503 with a message and {@code Retry-After} within two seconds, never a hang and a bare 500;
 * and once the database is back everything works again by itself, feedback sent meanwhile was not saved (and said
 * so) while feedback answered with the thank-you page is stored, and a change made elsewhere reaches the node.
 */
class DatabaseOutageTest {

    /** The promise is two seconds; the half second more is the test's own HTTP round trips on a busy host. */
    private static final Duration FAST = Duration.ofMillis(2500);
    private static final String FOLDER = "postgres-outage";
    private static final String ARTICLE = "/en/low-back-pain/passive-treatments";
    private static final String API_ARTICLE = "/api/v1/articles/en/low-back-pain/passive-treatments";
    private static final String ADMIN = "admin@example.org";

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.startKeepingData(FOLDER, 0);
        Path dataDir = Path.of("target", "test-data", "database-outage");
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        node = new SpringApplicationBuilder(EvidenzApplication.class).run("--server.port=0",
                "--evidenz.data-dir=" + dataDir, "--evidenz.jobs.enabled=false",
                "--evidenz.feedback.minimum-fill-time=0s",
                "--evidenz.admin.email=" + ADMIN, "--evidenz.admin.password=" + Editorial.PASSWORD,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    @AfterAll
    static void stop() throws IOException {
        if (node != null) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void duringAnOutageMemoryServesAndTheRestAnswers503FastAndAfterItEverythingRecoversByItself() throws IOException {
        int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
        Http reader = new Http(port);
        assertThat(reader.get(ARTICLE).statusCode()).isEqualTo(200);
        assertThat(reader.get(API_ARTICLE).statusCode()).isEqualTo(200);
        EditorClient editor = new EditorClient(port).signedInAs(ADMIN);
        EditorClient feedbackReader = new EditorClient(port);
        Document form = feedbackReader.page("/en/feedback?article=passive-treatments&helpful=no");
        List<String> feedback = feedbackFields(form, "Written while the database was away");

        int databasePort = postgres.getPort();
        postgres.close();

        assertThat(timed(() -> reader.get(ARTICLE)).statusCode()).as("a published page in memory").isEqualTo(200);
        assertThat(timed(() -> reader.get(API_ARTICLE)).statusCode()).as("an API answer in memory").isEqualTo(200);
        HttpResponse<String> page = timed(() -> reader.get("/en/low-back-pain"));
        assertUnavailable(page, "text/html");
        assertThat(page.body()).contains(text(Language.EN, "error.unavailable.title"));
        HttpResponse<String> german = timed(() -> reader.get("/de/rueckenschmerzen"));
        assertUnavailable(german, "text/html");
        assertThat(german.body()).contains(text(Language.DE, "error.unavailable.title"));
        assertUnavailable(timed(() -> reader.get("/api/v1/topics?lang=en")), "application/problem+json");
        HttpResponse<String> sent = timed(() -> feedbackReader.post("/en/feedback", feedback));
        assertUnavailable(sent, "text/html");
        // With a session the look-up fails before the form's controller runs, and the site's page says "not saved";
        // a form that reaches the controller comes back itself, with the message and what the reader typed.
        assertThat(sent.body()).as("the reader is told that nothing was saved").containsAnyOf(
                text(Language.EN, "error.not-saved.title"), text(Language.EN, "feedback.error.unavailable"));
        if (sent.body().contains(text(Language.EN, "feedback.error.unavailable"))) {
            assertThat(sent.body()).contains("Written while the database was away");
        }
        HttpResponse<String> editorPage = timed(() -> editor.get("/editor/account"));
        assertUnavailable(editorPage, "text/html");
        assertUnavailable(timed(() -> new EditorClient(port).get("/editor/login")), "text/html");
        HttpResponse<String> health = timed(() -> reader.get("/actuator/health"));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");
        assertThat(timed(() -> reader.get("/actuator/health/readiness")).statusCode()).isEqualTo(503);
        assertThat(timed(() -> reader.get("/actuator/health/liveness")).statusCode())
                .as("an outage is no reason to restart the node").isEqualTo(200);

        postgres = PostgresServer.startKeepingData(FOLDER, databasePort);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> reader.get("/actuator/health/readiness").statusCode() == 200);
        assertThat(reader.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(reader.get("/en/low-back-pain").statusCode()).isEqualTo(200);
        assertThat(editor.get("/editor/account").statusCode()).as("the editor's session survived").isEqualTo(200);
        HttpResponse<String> resent = feedbackReader.post("/en/feedback", feedback);
        assertThat(resent.statusCode()).isEqualTo(302);
        assertThat(resent.headers().firstValue("Location").orElseThrow()).contains("/en/feedback/thanks");
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from feedback").query(Long.class).single())
                .as("the refused attempt stored nothing, the accepted one is stored").isEqualTo(1);
        aChangeMadeElsewhereReachesTheNode(jdbc, reader);
    }

    /** As another node publishing: the shared version moves on and the notice goes out on commit. */
    private static void aChangeMadeElsewhereReachesTheNode(JdbcClient jdbc, Http reader) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from pg_stat_activity where query like 'LISTEN%'")
                        .query(Long.class).single() == 1);
        String etag = reader.get(ARTICLE).headers().firstValue("ETag").orElseThrow();
        long before = node.getBean(ContentVersion.class).current();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("update content_version set version = version + 1, languages = 'en' where id = 1");
            statement.execute("select pg_notify('evidenz_content', '')");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> node.getBean(ContentVersion.class).current() == before + 1);
        assertThat(reader.get(ARTICLE).headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    private static void assertUnavailable(HttpResponse<String> response, String contentType) {
        String request = response.request().method() + " " + response.request().uri().getPath();
        assertThat(response.statusCode()).as(request).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).as(request).hasValue("30");
        assertThat(response.headers().firstValue("Cache-Control")).as(request).hasValue("no-store");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(request).startsWith(contentType);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(request).hasValue("nosniff");
        if (contentType.equals("text/html")) {
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).as(request)
                    .startsWith("default-src 'none'");
            assertThat(Jsoup.parse(response.body()).select("header.site-header")).as("the site's own frame")
                    .isNotEmpty();
        }
    }

    /** The request, which must be answered within {@link #FAST}. */
    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("%s %s took %s", response.request().method(), response.request().uri().getPath(), took)
                .isLessThan(FAST);
        return response;
    }

    private static List<String> feedbackFields(Document form, String comment) {
        List<String> fields = new ArrayList<>(List.of("article", "passive-treatments",
                "token", form.selectFirst("input[name=token]").val()));
        fields.addAll(List.of("helpful", "no", "understandable", "2", "comment", comment, "consent", "yes"));
        return fields;
    }

    private static String text(Language language, String key) {
        return node.getBean(Pages.class).messages(language).t(key);
    }
}

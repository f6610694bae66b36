package org.evidenz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.evidenz.accounts.Users;
import org.evidenz.bundle.BundleFixture;
import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.shared.KeysDiffer;
import org.evidenz.shared.SymmetricKey;
import org.evidenz.shell.Role;
import org.evidenz.site.ContentVersion;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Http;
import org.evidenz.support.PostgresServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Two nodes of the application on one PostgreSQL, as behind a load balancer: started at the same moment on an empty
 * database, they both come up and the demo content and accounts exist once; a publication on the first reaches
 * the second's page, API, search and feed within two seconds; both send the same ETag for the same page; a job
 * due on both runs on one; a command-line import beside them reaches both, and a form opened before it cannot
 * write the old text back; a session from one works on the other; and a node with other keys refuses to start.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoNodesOnOnePostgresTest {

    /** What the issue promises readers of any node: a change made elsewhere shows within this long. */
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final String ARTICLE = "/en/low-back-pain/passive-treatments";
    private static final String API_ARTICLE = "/api/v1/articles/en/low-back-pain/passive-treatments";
    private static final String SEARCH = "/en/search?q=zebrafinch";
    private static final String FEED = "/en/low-back-pain/feed.atom";
    private static final String TREATMENT = "/en/treatments/acupuncture";
    private static final String TREATMENT_FORM = "/editor/items/treatments/en/acupuncture";
    private static final String DEMO_SUMMARY =
            "A traditional Chinese treatment in which thin needles are put into the skin at specific points.";
    private static final String PASSWORD = "the same password on every node";
    /** The keys every node is given, as operations.md asks; each node's generated key files would differ. */
    private static final String FEEDBACK_KEY = newKey();
    private static final String SUBSCRIPTION_SECRET = newKey();

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBothNodesAtOnceOnAnEmptyDatabase() {
        postgres = PostgresServer.start("postgres-nodes");
        try (ExecutorService starting = Executors.newFixedThreadPool(2)) {
            CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> node("a"),
                    starting);
            CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> node("b"),
                    starting);
            first = a.join();
            second = b.join();
        }
    }

    private static ConfigurableApplicationContext node(String name) {
        return application(name, "--evidenz.feedback.keys.nodes=" + FEEDBACK_KEY,
                "--evidenz.subscription.secret=" + SUBSCRIPTION_SECRET, "--evidenz.demo-accounts=true");
    }

    private static ConfigurableApplicationContext application(String name, String... more) {
        Path dataDir = Path.of("target", "test-data", "nodes-" + name);
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--evidenz.data-dir=" + dataDir,
                "--evidenz.node-id=node-" + name,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password="));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(EvidenzApplication.class, CountedJob.class)
                .run(args.toArray(String[]::new));
    }

    private static String newKey() {
        return Base64.getEncoder().encodeToString(SymmetricKey.randomBytes(SymmetricKey.KEY_BYTES));
    }

    @AfterAll
    static void stop() throws IOException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void bothNodesStartedTogetherComeUpAndTheDemoContentAndAccountsExistOnce() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);

        assertThat(http(first).get(ARTICLE).statusCode()).isEqualTo(200);
        assertThat(http(second).get(ARTICLE).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CONTENT_IMPORTED' "
                + "and actor = 'demo-content'").query(Long.class)
                .single()).as("demo content imports").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from content_revision").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from content_item").query(Long.class).single());
        assertThat(jdbc.sql("select email from app_user where email like '%@demo.evidenz.example'")
                .query(String.class).list()).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void aPublicationOnTheFirstNodeReachesTheSecondNodesPageApiSearchAndFeedWithinTwoSeconds(@TempDir Path folder) {
        Http reader = http(second);
        HttpResponse<String> before = reader.get(ARTICLE);
        String oldEtag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(before.body()).doesNotContain("Zebrafinch");
        assertThat(reader.get(API_ARTICLE).body()).doesNotContain("Zebrafinch");
        assertThat(reader.page(SEARCH).select(".search-result")).isEmpty();
        assertThat(reader.get(FEED).body()).doesNotContain("Zebrafinch");
        BundleFixture bundle = BundleFixture.copyOfDemo(folder.resolve("bundle")).replace(
                "en/articles/passive-treatments.md", "title: \"Passive treatments", "title: \"Zebrafinch treatments");

        first.getBean(ContentImport.class).replaceAll(first.getBean(BundleReader.class).read(bundle.root()),
                "node-test");

        await().atMost(BOUND).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            assertThat(reader.page(ARTICLE).select("h1").text()).contains("Zebrafinch");
            assertThat(reader.get(API_ARTICLE).body()).contains("Zebrafinch treatments");
            assertThat(reader.page(SEARCH).select(".search-result h2 a").eachAttr("href")).contains(ARTICLE);
            assertThat(reader.get(FEED).body()).contains("Zebrafinch treatments");
        });
        assertThat(reader.get(ARTICLE, "If-None-Match", oldEtag).statusCode())
                .as("the old ETag no longer matches").isEqualTo(200);
    }

    @Test
    void bothNodesSendTheSameEtagForTheSamePage() {
        await().atMost(BOUND).until(() -> version(first) == version(second));
        for (String path : List.of(ARTICLE, "/de/rueckenschmerzen", "/api/v1/articles")) {
            String etag = etag(first, path);
            assertThat(etag(second, path)).as(path).isEqualTo(etag);
            assertThat(http(second).get(path, "If-None-Match", etag).statusCode())
                    .as("the second node confirms the first node's copy of %s", path).isEqualTo(304);
        }
    }

    @Test
    void aJobDueOnBothNodesRunsOnOneOfThem() {
        first.getBean(CountedJob.class).run();
        second.getBean(CountedJob.class).run();

        assertThat(CountedJob.RUNS).hasValue(1);
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select locked_by from shedlock where name = 'counted-job'").query(String.class)
                .single()).isIn("node-a", "node-b");
        assertThat(jdbc.sql("select locked_by from shedlock where name = 'review-reminders'").query(String.class)
                .single()).as("the reminder run at start went through the lock").isIn("node-a", "node-b");
    }

    @Test
    void aCommandLineImportBesideTheNodesReachesBothAndAFormOpenedBeforeItCannotWriteTheOldTextBack(
            @TempDir Path folder) {
        EditorClient onSecond = author("import-author").on(port(second));
        Document before = onSecond.page(TREATMENT_FORM);
        String imported = "Needles at chosen points, as the command-line import says " + System.nanoTime() + ".";
        BundleFixture bundle = BundleFixture.copyOfDemo(folder.resolve("bundle")).replace("en/treatments.yaml",
                "summary: " + DEMO_SUMMARY, "summary: " + imported);

        // What --import-bundle runs, in an application of its own beside the nodes (the command exits the JVM).
        try (ConfigurableApplicationContext command = application("import-command",
                "--evidenz.feedback.keys.nodes=" + FEEDBACK_KEY, "--evidenz.subscription.secret=" + SUBSCRIPTION_SECRET,
                "--evidenz.jobs.enabled=false", "--evidenz.bundle.load-demo=false")) {
            command.getBean(ContentImport.class).replaceAll(command.getBean(BundleReader.class).read(bundle.root()),
                    "import-bundle");
        }

        await().atMost(BOUND).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            assertThat(http(first).get(TREATMENT).body()).contains(imported);
            assertThat(http(second).get(TREATMENT).body()).contains(imported);
        });
        HttpResponse<String> saved = onSecond.submit(before.selectFirst("form.item-form"),
                Map.of("name", "Acupuncture (typed before the import)"), "save");
        assertThat(saved.statusCode()).as("a conflict, not a silent revert").isEqualTo(409);
        assertThat(onSecond.page(TREATMENT_FORM).select("[name=summary]").val()).isEqualTo(imported);
        assertThat(http(first).get(TREATMENT).body()).contains(imported);
    }

    @Test
    void aSessionSignedInOnTheFirstNodeWorksOnTheSecond() {
        EditorClient onFirst = author("session-author");
        EditorClient onSecond = onFirst.on(port(second));

        Document page = onSecond.page("/editor/account");

        assertThat(page.select(".site-nav").text()).contains("session-author@two-nodes.example", "Sign out");
    }

    @Test
    void aNodeWithAnotherFeedbackKeyRefusesToStartAndSaysWhichSetting(CapturedOutput output) {
        List<String> recorded = recordedKeys();
        assertThat(recorded).hasSize(2);

        Throwable refused = catchThrowable(() -> application("other-feedback-key",
                "--evidenz.feedback.keys.nodes=" + newKey(), "--evidenz.subscription.secret=" + SUBSCRIPTION_SECRET,
                "--evidenz.jobs.enabled=false", "--evidenz.bundle.load-demo=false").close());

        assertThat(keysDiffer(refused).getMessage()).contains("feedback key 'nodes'");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "evidenz.feedback.keys.nodes");

        Throwable refusedToo = catchThrowable(() -> application("generated-subscription-key",
                "--evidenz.feedback.keys.nodes=" + FEEDBACK_KEY, "--evidenz.jobs.enabled=false",
                "--evidenz.bundle.load-demo=false").close());

        assertThat(keysDiffer(refusedToo).getMessage()).contains("subscription key");
        assertThat(keysDiffer(refusedToo).action()).contains("evidenz.subscription.secret",
                "generated-subscription-key");
        assertThat(recordedKeys()).as("the refused nodes recorded nothing").isEqualTo(recorded);
    }

    private static List<String> recordedKeys() {
        return first.getBean(JdbcClient.class).sql("select purpose || ' ' || key_id || ' ' || check_value "
                + "from key_check order by purpose, key_id").query(String.class).list();
    }

    private static KeysDiffer keysDiffer(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof KeysDiffer differ) {
                return differ;
            }
        }
        throw new AssertionError("Not refused for its keys", thrown);
    }

    /** An author signed in on the first node; the account is in the database both nodes share. */
    private static EditorClient author(String name) {
        String email = name + "@two-nodes.example";
        first.getBean(Users.class).create(email, name, first.getBean(PasswordEncoder.class).encode(PASSWORD),
                Set.of(Role.AUTHOR), Instant.now());
        EditorClient client = new EditorClient(port(first));
        HttpResponse<String> signedIn = client.signIn(email, PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/editor/login");
        return client;
    }

    private static String etag(ConfigurableApplicationContext node, String path) {
        HttpResponse<String> response = http(node).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static long version(ConfigurableApplicationContext node) {
        return node.getBean(ContentVersion.class).current();
    }

    private static Http http(ConfigurableApplicationContext node) {
        return new Http(port(node));
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** A job as the application declares one: the second node to reach the same due time finds it locked. */
    static class CountedJob {

        static final AtomicInteger RUNS = new AtomicInteger();

        @SchedulerLock(name = "counted-job", lockAtMostFor = "PT5M", lockAtLeastFor = "PT5M")
        public void run() {
            RUNS.incrementAndGet();
        }
    }
}

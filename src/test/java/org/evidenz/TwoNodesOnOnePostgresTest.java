package org.evidenz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.evidenz.bundle.BundleFixture;
import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.site.ContentVersion;
import org.evidenz.support.Http;
import org.evidenz.support.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Two nodes of the application on one PostgreSQL, as behind a load balancer: started at the same moment on an empty
 * database, they both come up and the demo content and accounts exist once; a publication on the first reaches
 * the second's page, API, search and feed within two seconds; both send the same ETag for the same page; and a
 * job due on both runs on one.
 */
class TwoNodesOnOnePostgresTest {

    /** What the issue promises readers of any node: a change made elsewhere shows within this long. */
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final String ARTICLE = "/en/low-back-pain/passive-treatments";
    private static final String API_ARTICLE = "/api/v1/articles/en/low-back-pain/passive-treatments";
    private static final String SEARCH = "/en/search?q=zebrafinch";
    private static final String FEED = "/en/low-back-pain/feed.atom";

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
        Path dataDir = Path.of("target", "test-data", "nodes-" + name);
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        return new SpringApplicationBuilder(EvidenzApplication.class, CountedJob.class).run("--server.port=0",
                "--evidenz.data-dir=" + dataDir, "--evidenz.node-id=node-" + name, "--evidenz.demo-accounts=true",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
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
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CONTENT_IMPORTED'").query(Long.class)
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

    private static String etag(ConfigurableApplicationContext node, String path) {
        HttpResponse<String> response = http(node).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static long version(ConfigurableApplicationContext node) {
        return node.getBean(ContentVersion.class).current();
    }

    private static Http http(ConfigurableApplicationContext node) {
        return new Http(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
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

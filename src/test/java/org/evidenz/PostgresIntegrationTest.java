package org.evidenz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Comparator;
import java.util.Map;

import org.evidenz.article.Articles;
import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentExport;
import org.evidenz.shared.Language;
import org.evidenz.subscription.OutgoingMail;
import org.evidenz.subscription.mail.MailOutbox;
import org.evidenz.subscription.mail.TestOutbox;
import org.evidenz.subscription.subscribers.Subscriptions;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Http;
import org.evidenz.support.PostgresServer;
import org.evidenz.support.Rows;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The production database: a real PostgreSQL server (started from binaries that Maven fetched) runs the Flyway
 * migrations, takes the demo content and serves the reader site and the export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "evidenz.data-dir=target/test-data/postgres")
@Import(FixedClock.class)
class PostgresIntegrationTest {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        postgres = PostgresServer.start("postgres", registry);
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Articles articles;

    @Autowired
    ContentExport exporter;

    @Autowired
    BundleReader reader;

    @Test
    void runsOnPostgresqlWithTheMigrationsApplied() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
                        "13", "14", "15", "16", "20", "21");
    }

    @Test
    void repositoriesReturnTheDemoContentAsImported() {
        Bundle demo = reader.readClasspath("content");
        Bundle stored = exporter.export(demo.name());

        assertThat(stored.sources().stream().sorted(Comparator.comparing(s -> s.id())).toList())
                .isEqualTo(demo.sources().stream().sorted(Comparator.comparing(s -> s.id())).toList());
        assertThat(stored.editions()).hasSameSizeAs(demo.editions());
        for (var edition : demo.editions()) {
            var back = stored.editions().stream().filter(e -> e.language() == edition.language()).findFirst()
                    .orElseThrow();
            assertThat(back.treatments()).isEqualTo(edition.treatments());
            assertThat(back.findings()).isEqualTo(edition.findings());
            assertThat(back.articles()).isEqualTo(edition.articles());
        }
        assertThat(articles.findPublished(Language.EN)).extracting(a -> a.id()).containsExactly("passive-treatments");
    }

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    MailOutbox outbox;

    @Test
    void subscriptionsTheOutboxAndTheFeedsWorkOnPostgresql() throws IOException {
        var pending = subscriptions.request("pg-reader@example.org", Language.EN, "low-back-pain").subscription();
        assertThat(subscriptions.confirm(pending.id(), pending.confirmNonce())).isTrue();
        assertThat(subscriptions.confirmed(Language.EN, "low-back-pain")).extracting(s -> s.address())
                .containsExactly("pg-reader@example.org");
        assertThat(outbox.enqueue(new OutgoingMail(pending.mailKeyPrefix() + "test", "pg-reader@example.org", "S",
                "T", "<p>H</p>", Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))).isTrue();
        assertThat(outbox.enqueue(new OutgoingMail(pending.mailKeyPrefix() + "test", "pg-reader@example.org", "S",
                "T", "<p>H</p>", Map.of()))).isFalse();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("localhost");
        nowhere.setPort(closedPort);
        TestOutbox.sender(outbox, nowhere, 1).sendDue(FixedClock.TODAY);
        assertThat(TestOutbox.message(jdbc, outbox, pending.mailKeyPrefix() + "test").status())
                .isEqualTo(MailOutbox.Status.FAILED);
        assertThat(subscriptions.unsubscribe(pending.id())).isPresent();
        assertThat(Rows.count(jdbc, "subscriber")).isZero();

        var feed = new Http(port).get("/en/low-back-pain/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    }

    @Test
    void servesTheArticlePage() {
        Document page = new Http(port).page("/en/low-back-pain/passive-treatments");

        assertThat(page.select("table.comparison-table tbody tr")).hasSize(12);
        assertThat(page.select("ol.references > li")).isNotEmpty();
    }
}

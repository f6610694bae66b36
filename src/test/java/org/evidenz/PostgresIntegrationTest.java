package org.evidenz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;

import org.evidenz.article.Articles;
import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentExport;
import org.evidenz.shared.Language;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
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
        try {
            postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(Path.of("target/postgres").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
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
                .query(String.class).list()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void repositoriesReturnTheDemoContentAsImported() {
        Bundle demo = reader.readClasspath("content");
        Bundle stored = exporter.export(demo.name());

        assertThat(stored.sources().stream().sorted(Comparator.comparing(s -> s.id())).toList())
                .isEqualTo(demo.sources().stream().sorted(Comparator.comparing(s -> s.id())).toList());
        assertThat(stored.editions().get(0).treatments()).isEqualTo(demo.editions().get(0).treatments());
        assertThat(stored.editions().get(0).findings()).isEqualTo(demo.editions().get(0).findings());
        assertThat(stored.editions().get(0).articles()).isEqualTo(demo.editions().get(0).articles());
        assertThat(articles.findPublished(Language.EN)).extracting(a -> a.id()).containsExactly("passive-treatments");
    }

    @Test
    void servesTheArticlePage() {
        Document page = new Http(port).page("/en/low-back-pain/passive-treatments");

        assertThat(page.select("table.comparison-table tbody tr")).hasSize(12);
        assertThat(page.select("ol.references > li")).isNotEmpty();
    }
}

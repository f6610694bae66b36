package org.evidenz.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server from the binaries Maven fetched, as the application's database for one test class. */
public final class PostgresServer {

    private PostgresServer() {
    }

    /** Starts a server working in {@code target/<folder>} and points the application's data source at it. */
    public static EmbeddedPostgres start(String folder, DynamicPropertyRegistry registry) {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(Path.of("target", folder).toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        return postgres;
    }

    /** Starts a server working in {@code target/<folder>}, for tests that start applications themselves. */
    public static EmbeddedPostgres start(String folder) {
        try {
            return EmbeddedPostgres.builder().setOverrideWorkingDirectory(Path.of("target", folder).toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }
}

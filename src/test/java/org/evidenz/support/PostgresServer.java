package org.evidenz.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

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

    /**
     * A server that can be stopped ({@code close()}) and started again with this method on the same port and data, as
     * a database restarted by its operator: its data lives in {@code target/<folder>/data}, emptied when
     * {@code port} is 0 (the first start, on a free port).
     */
    public static EmbeddedPostgres startKeepingData(String folder, int port) {
        File data = Path.of("target", folder, "data").toFile();
        if (port == 0) {
            FileSystemUtils.deleteRecursively(data);
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(Path.of("target", folder, "work").toFile())
                    .setDataDirectory(data).setCleanDataDirectory(false);
            return (port == 0 ? builder : builder.setPort(port)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }
}

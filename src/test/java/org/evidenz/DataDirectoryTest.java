package org.evidenz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.evidenz.support.FixedClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh data directory is private to the account Evidenz runs as: the H2 database, the keys and the search index
 * hold editors' accounts and (encrypted) reader feedback, and no other user of the machine may read them.
 */
@SpringBootTest
@Import(FixedClock.class)
class DataDirectoryTest {

    static final Path DIRECTORY = Path.of("target", "test-data", "fresh-" + UUID.randomUUID());

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("evidenz.data-dir", DIRECTORY::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:./" + DIRECTORY + "/evidenz");
        registry.add("evidenz.jobs.enabled", () -> "false");
        registry.add("evidenz.bundle.load-demo", () -> "false");
    }

    @Test
    void aFreshDataDirectoryAndTheDatabaseInItAreReadableOnlyByTheirOwner() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DIRECTORY))).isEqualTo("rwx------");
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            files = listing.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("evidenz.mv.db");
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
    }
}

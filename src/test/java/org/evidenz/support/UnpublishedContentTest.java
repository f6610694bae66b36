package org.evidenz.support;

import java.nio.file.Path;

import org.evidenz.bundle.BundleFixture;
import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A draft-leak test: one application of its own (its own database and data directory, no scheduled jobs, no demo
 * content), shared by every test class that extends this, loaded before each test with {@link UnpublishedContent}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:unpublished-content;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/unpublished-content", "evidenz.jobs.enabled=false",
        "evidenz.bundle.load-demo=false", "evidenz.api.requests-per-minute=1000000"})
@Import(FixedClock.class)
public abstract class UnpublishedContentTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected BundleReader reader;

    @Autowired
    protected ContentImport importer;

    @TempDir
    protected Path folder;

    protected Http http;

    @BeforeEach
    void loadBundleWithUnpublishedContent() {
        importer.replaceAll(reader.read(content(folder).root()), "test");
        http = new Http(port);
    }

    /** The content each test starts from: {@link UnpublishedContent}'s, to which a test class may add. */
    protected BundleFixture content(Path folder) {
        return UnpublishedContent.bundle(folder);
    }
}

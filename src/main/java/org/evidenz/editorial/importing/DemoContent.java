package org.evidenz.editorial.importing;

import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.BundleProperties;
import org.evidenz.bundle.BundleReader;
import org.evidenz.shared.FirstStartLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo bundle into an empty database at start, so that a fresh clone shows a complete topic. Under the
 * {@link FirstStartLock}: of several nodes started together on an empty database, one loads it.
 */
@Component
@Order(2)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final BundleProperties properties;
    private final BundleReader reader;
    private final ContentImport importer;
    private final FirstStartLock firstStart;

    DemoContent(BundleProperties properties, BundleReader reader, ContentImport importer,
            FirstStartLock firstStart) {
        this.firstStart = firstStart;
        this.properties = properties;
        this.reader = reader;
        this.importer = importer;
    }

    /** Checked again under the lock: a node started at the same moment may have loaded it meanwhile. */
    @Override
    public void run(ApplicationArguments args) {
        if (!properties.loadDemo() || !importer.isEmpty()) {
            return;
        }
        firstStart.run(() -> {
            if (importer.isEmpty()) {
                load();
            }
        });
    }

    private void load() {
        Bundle bundle = reader.readClasspath(properties.demoLocation());
        importer.replaceAll(bundle, "demo-content");
        log.info("Loaded the demo content bundle '{}': {} sources, {} language edition(s)", bundle.name(),
                bundle.sources().size(), bundle.editions().size());
    }
}

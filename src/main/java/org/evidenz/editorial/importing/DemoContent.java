package org.evidenz.editorial.importing;

import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.BundleProperties;
import org.evidenz.bundle.BundleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo bundle into an empty database at start, so that a fresh clone shows a complete topic. */
@Component
@Order(2)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final BundleProperties properties;
    private final BundleReader reader;
    private final ContentImport importer;

    DemoContent(BundleProperties properties, BundleReader reader, ContentImport importer) {
        this.properties = properties;
        this.reader = reader;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.loadDemo() || !importer.isEmpty()) {
            return;
        }
        Bundle bundle = reader.readClasspath(properties.demoLocation());
        importer.replaceAll(bundle, "demo-content");
        log.info("Loaded the demo content bundle '{}': {} sources, {} language edition(s)", bundle.name(),
                bundle.sources().size(), bundle.editions().size());
    }
}

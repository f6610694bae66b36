package org.evidenz.bundle;

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
    private final BundleImporter importer;

    DemoContent(BundleProperties properties, BundleReader reader, BundleImporter importer) {
        this.properties = properties;
        this.reader = reader;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.loadDemo() || !importer.isDatabaseEmpty()) {
            return;
        }
        Bundle bundle = reader.readClasspath(properties.demoLocation());
        importer.replaceAll(bundle);
        log.info("Loaded the demo content bundle '{}': {} sources, {} language edition(s)", bundle.name(),
                bundle.sources().size(), bundle.editions().size());
    }
}

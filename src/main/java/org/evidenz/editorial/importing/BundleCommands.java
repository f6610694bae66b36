package org.evidenz.editorial.importing;

import java.nio.file.Path;

import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.BundleReader;
import org.evidenz.bundle.BundleWriter;
import org.evidenz.bundle.InvalidBundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Command-line import and export: {@code --import-bundle=<folder>} replaces all content with a bundle's,
 * {@code --export-bundle=<folder>} writes all content as a bundle. Either way the application then exits, with
 * status 0 on success and 1 (and every problem listed) when the bundle is invalid.
 */
@Component
@Order(1)
class BundleCommands implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundleCommands.class);

    private final BundleReader reader;
    private final ContentImport importer;
    private final ContentExport exporter;
    private final BundleWriter writer;
    private final ConfigurableApplicationContext context;

    BundleCommands(BundleReader reader, ContentImport importer, ContentExport exporter, BundleWriter writer,
            ConfigurableApplicationContext context) {
        this.reader = reader;
        this.importer = importer;
        this.exporter = exporter;
        this.writer = writer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String importFolder = single(args, "import-bundle");
        String exportFolder = single(args, "export-bundle");
        if (importFolder == null && exportFolder == null) {
            return;
        }
        int status = 0;
        try {
            if (importFolder != null) {
                Bundle bundle = reader.read(Path.of(importFolder));
                importer.replaceAll(bundle, "import-bundle");
                log.info("Imported {}: {} sources, {} language edition(s)", importFolder, bundle.sources().size(),
                        bundle.editions().size());
            }
            if (exportFolder != null) {
                writer.write(exporter.export("Export"), Path.of(exportFolder));
                log.info("Exported all content to {}", Path.of(exportFolder).toAbsolutePath());
            }
        } catch (InvalidBundleException e) {
            log.error("Nothing was imported. {}", e.getMessage());
            status = 1;
        }
        int exitCode = status;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    private static String single(ApplicationArguments args, String name) {
        var values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

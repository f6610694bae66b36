package org.evidenz.interop.export;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --export-site=<folder>}: writes the published site as static files ({@link StaticSiteExport}) with a
 * progress bar, then exits with status 0, or 1 and the reason. The static site's own address must be set as
 * {@code evidenz.site.base-url}: its canonical links, language versions, feeds and sitemap name it.
 */
@Component
@Order(5)
class ExportCommands implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportCommands.class);
    private static final String BASE_URL = "evidenz.site.base-url";

    private final StaticSiteExport export;
    private final ExportProperties properties;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    ExportCommands(StaticSiteExport export, ExportProperties properties, Environment environment,
            ConfigurableApplicationContext context) {
        this.export = export;
        this.properties = properties;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(ExportModeEnvironment.OPTION)) {
            return;
        }
        int status = 1;
        List<String> folders = args.getOptionValues(ExportModeEnvironment.OPTION);
        if (folders.size() != 1 || folders.getFirst().isBlank()) {
            log.error("Name one folder to export into: --export-site=/srv/static-site");
        } else if (environment.getProperty(BASE_URL) == null) {
            log.error("Nothing was exported. Set {} to the address the static site will have, for example "
                    + "--{}=https://www.example.org: its canonical links, language versions, feeds and sitemap "
                    + "name it.", BASE_URL, BASE_URL);
        } else {
            try {
                export.export(Path.of(folders.getFirst()), properties.dynamicBaseUrl(), System.out);
                status = 0;
            } catch (ExportFailedException | UncheckedIOException e) {
                log.error("Nothing was exported. {}", e.getMessage());
            }
        }
        int exitCode = status;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}

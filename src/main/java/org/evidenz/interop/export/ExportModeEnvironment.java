package org.evidenz.interop.export;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * For a {@code --export-site} run: the application renders the pages it exports through its own HTTP stack, so it
 * starts a web server, but on a free port of the loopback interface (beside a node already running on 8080, say)
 * and without background jobs, which must not publish or send anything while it exports.
 */
class ExportModeEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String OPTION = "export-site";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(OPTION)) {
            environment.getPropertySources().addFirst(new MapPropertySource("static-export", Map.of(
                    "server.port", "0", "server.address", SiteClient.LOOPBACK, "evidenz.jobs.enabled", "false")));
        }
    }

    /** After the configuration files are read, so that these settings win over them. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

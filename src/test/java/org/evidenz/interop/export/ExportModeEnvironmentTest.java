package org.evidenz.interop.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A {@code --export-site} run serves only itself: a free loopback port, whatever was configured, and no jobs. */
class ExportModeEnvironmentTest {

    @Test
    void anExportRunListensOnAFreeLoopbackPortWithoutBackgroundJobs() {
        StandardEnvironment environment = started("--export-site=/tmp/site", "--server.port=8080");

        assertThat(environment.getProperty("server.port")).isEqualTo("0");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("evidenz.jobs.enabled")).isEqualTo("false");
    }

    @Test
    void anyOtherRunKeepsItsSettings() {
        StandardEnvironment environment = started("--server.port=8080");

        assertThat(environment.getProperty("server.port")).isEqualTo("8080");
        assertThat(environment.getProperty("evidenz.jobs.enabled")).isNull();
    }

    private static StandardEnvironment started(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        new ExportModeEnvironment().postProcessEnvironment(environment, null);
        return environment;
    }
}

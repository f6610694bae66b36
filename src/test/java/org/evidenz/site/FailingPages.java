package org.evidenz.site;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A reader page and an API address that fail as a bug would: an exception nobody handles on purpose. A test
 * configuration, so that only the tests that import it have these addresses (component scanning skips it).
 */
@TestConfiguration(proxyBeanMethods = false)
class FailingPages {

    static final String PAGE = "/en/failing-for-the-test";
    static final String API = "/api/v1/failing-for-the-test";

    /** Registered as a member of this configuration, only where it is imported. */
    @RestController
    static class Failing {

        @GetMapping({PAGE, API})
        String fail() {
            throw new IllegalStateException("A failure the test provokes");
        }
    }
}

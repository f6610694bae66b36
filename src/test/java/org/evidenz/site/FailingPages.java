package org.evidenz.site;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A reader page and an API address that fail as a bug would: an exception nobody handles on purpose. */
@RestController
class FailingPages {

    static final String PAGE = "/en/failing-for-the-test";
    static final String API = "/api/v1/failing-for-the-test";

    @GetMapping({PAGE, API})
    String fail() {
        throw new IllegalStateException("A failure the test provokes");
    }
}

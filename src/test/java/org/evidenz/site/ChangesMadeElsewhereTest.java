package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On H2, where there are no notices, a node still learns of a change committed by another process (a command-line
 * import beside it): it reads the shared content version twice a second, and its pages move on with it.
 */
@ReaderSiteTest
class ChangesMadeElsewhereTest {

    private static final String PAGE = "/en/low-back-pain/passive-treatments";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Test
    void aChangeCommittedByAnotherProcessReachesThisNodesPages() {
        Http http = new Http(port);
        String oldEtag = http.get(PAGE).headers().firstValue("ETag").orElseThrow();
        assertThat(http.get(PAGE, "If-None-Match", oldEtag).statusCode()).isEqualTo(304);
        long before = version.current();

        // What another process's transaction leaves behind, the content tables aside.
        jdbc.sql("update content_version set version = version + 1, languages = 'en' where id = 1").update();

        // Only that polling alone finds it: the two-second bound is TwoNodesOnOnePostgresTest's; here a loaded
        // machine gets room for the search rebuild that comes first.
        await().atMost(Duration.ofSeconds(5)).until(() -> version.current() == before + 1);
        assertThat(http.get(PAGE, "If-None-Match", oldEtag).statusCode()).as("the old copy is no longer confirmed")
                .isEqualTo(200);
        assertThat(http.get(PAGE).headers().firstValue("ETag")).isPresent().get().isNotEqualTo(oldEtag);
    }
}

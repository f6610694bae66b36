package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A configured {@code evidenz.site.base-url} wins over the address a request came to. */
@ReaderSiteTest
class ConfiguredBaseUrlTest {

    /** What the reader-site tests configure; they run on a random port, never on this one. */
    private static final String CONFIGURED = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Test
    void linksUseTheConfiguredAddressNotTheRequestsOwn() {
        Http http = new Http(port);
        assertThat(port).isNotEqualTo(8080);

        Document page = http.page("/en/glossary");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(CONFIGURED + "/en/glossary");
        assertThat(PublicAddressTest.absoluteLinks(page)).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith(CONFIGURED + "/"));
        assertThat(http.get("/robots.txt").body()).contains("Sitemap: " + CONFIGURED + "/sitemap.xml");
    }
}

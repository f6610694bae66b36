package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without {@code server.forward-headers-strategy} (the default: no proxy in front) a client that sends
 * {@code X-Forwarded-*} headers itself changes nothing: no HSTS for a plain HTTP connection, no {@code Secure}
 * cookie that the browser would then withhold, and no foreign host in a redirect.
 */
@ReaderSiteTest
class ForgedForwardedHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void forgedForwardedHeadersChangeNothingWithoutTheStrategy() {
        RawHttp.Response response = new RawHttp(port).get("/editor", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Port", "443", "Forwarded",
                "proto=https;host=evil.example");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).hasValue("/editor/login");
        assertThat(response.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("EVIDENZ_SESSION=").doesNotContain("Secure"));
        assertThat(response.header("Strict-Transport-Security")).isEmpty();
    }
}

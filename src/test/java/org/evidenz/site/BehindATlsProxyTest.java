package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidenz.support.FixedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Behind a proxy that terminates TLS and says so in {@code X-Forwarded-Proto}, with
 * {@code server.forward-headers-strategy=native} as the README says: the session cookie is {@code Secure} and
 * every answer, error pages included, carries HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tls-proxy;DB_CLOSE_DELAY=-1", "evidenz.data-dir=target/test-data/tls-proxy",
        "evidenz.jobs.enabled=false", "evidenz.bundle.load-demo=false", "server.forward-headers-strategy=native"})
@Import(FixedClock.class)
class BehindATlsProxyTest {

    private static final String HTTPS = "X-Forwarded-Proto";

    @LocalServerPort
    int port;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySpeaksHttps() {
        RawHttp.Response response = http.get("/editor", HTTPS, "https");

        assertThat(response.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("EVIDENZ_SESSION=").contains("; Secure", "; HttpOnly", "SameSite=Lax"));
        assertThat(response.header("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(response.header("Location")).hasValue("/editor/login");
    }

    @Test
    void errorPagesForwardedAsHttpsCarryHstsToo() {
        // a 404 of the application, a request refused by Spring Security's firewall, and one refused by Tomcat
        for (String target : new String[] {"/en/no-such-page", "/en//glossary", "/en/%C0%AF", "/en/search?q=%FF"}) {
            RawHttp.Response response = http.get(target, HTTPS, "https");
            assertThat(response.status()).as(target).isGreaterThanOrEqualTo(400);
            assertThat(response.header("Strict-Transport-Security")).as(target).isPresent();
        }
    }

    @Test
    void plainHttpGetsNeitherHstsNorASecureCookie() {
        RawHttp.Response response = http.get("/editor");

        assertThat(response.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .doesNotContain("Secure"));
        assertThat(response.header("Strict-Transport-Security")).isEmpty();
    }
}

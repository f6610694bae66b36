package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error answers: the right status with a message in the reader's language, never kept by a shared cache nor
 * confused with the page that works, with the security headers even when the request never reached the application.
 */
@ReaderSiteTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void aDirectRequestForTheErrorPageIsAnsweredNotFound() {
        RawHttp.Response response = http.get("/error");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find this page");
        assertThat(response.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void anAddressThatIsNotUtf8IsABadRequestInTheReadersLanguage() {
        RawHttp.Response german = http.get("/de/search?q=%FF");
        RawHttp.Response english = http.get("/en/search?q=%ED%A0%80");

        assertThat(german.status()).isEqualTo(400);
        assertThat(german.body()).contains("Diese Adresse konnten wir nicht lesen", "nicht richtig kodiert");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("We could not read this address", "not encoded correctly");
        assertThat(english.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void everyAddressAnswersAMalformedQueryWith400EvenWhereNothingReadsTheParameter() {
        for (String target : List.of("/en/glossary?term=%C0%AF", "/actuator/health?x=%zz", "/editor/login?x=%",
                "/en/newsletter/confirm?token=%FF", "/error?x=%FF")) {
            assertThat(http.get(target).status()).as(target).isEqualTo(400);
        }
    }

    @Test
    void theApiAnswersAnAddressThatIsNotUtf8WithAProblem() {
        RawHttp.Response response = http.get("/api/v1/search?q=%zz&lang=en");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400", "percent-encoded UTF-8");
        assertThat(response.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void anUndecodableAddressIsOneWarningWithoutItsValue(CapturedOutput output) {
        int before = output.getAll().length();

        http.get("/en/glossary?term=%C0%AF");

        String logged = output.getAll().substring(before);
        assertThat(logged.lines().filter(line -> line.contains("WARN") || line.contains("ERROR")))
                .singleElement().satisfies(line -> assertThat(line).contains("WARN", "/en/glossary"));
        assertThat(logged).doesNotContain("%C0%AF", "\uFFFD", "Exception", "\tat ");
    }

    @Test
    void anErrorIsNeverAnsweredWithTheEtagOfTheWorkingPage() {
        String etag = http.get("/en/search?q=massage").header("ETag").orElseThrow();

        RawHttp.Response malformed = http.get("/en/search?q=%FF", "If-None-Match", etag);
        RawHttp.Response missing = http.get("/en/no-such-page", "If-None-Match", etag);
        RawHttp.Response unknownLanguage = http.get("/api/v1/topics?lang=xx", "If-None-Match", etag);

        for (RawHttp.Response error : List.of(malformed, missing, unknownLanguage)) {
            assertThat(error.status()).isIn(400, 404);
            assertThat(error.header("ETag")).isEmpty();
            assertThat(error.header("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void aWorkingPageStillRevalidatesWithItsEtag() {
        String etag = http.get("/en/glossary").header("ETag").orElseThrow();

        RawHttp.Response again = http.get("/en/glossary", "If-None-Match", etag);

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void requestsRejectedBeforeTheApplicationCarryTheSecurityHeadersAndAreNotCached() {
        // Spring Security's firewall rejects the first three, Tomcat the last three before any filter runs.
        for (String target : List.of("/en//glossary", "/en/..;/editor", "/en/glossary;jsessionid=0123",
                "/en/%C0%AF", "/en/a%00b", "/en/%zz")) {
            RawHttp.Response response = http.get(target);
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.header("Content-Security-Policy")).as(target).hasValue(
                    SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(response.header("X-Frame-Options")).as(target).hasValue("DENY");
            assertThat(response.header("X-Content-Type-Options")).as(target).hasValue("nosniff");
            assertThat(response.header("Referrer-Policy")).as(target).hasValue("same-origin");
            assertThat(response.header("Permissions-Policy")).as(target).isPresent();
            assertThat(response.header("Cache-Control")).as(target).hasValue("no-store");
            assertThat(response.body()).as(target).doesNotContain("Tomcat", "Exception");
        }
    }

    @Test
    void aFormWithoutItsTokenIsRefusedUncached() {
        RawHttp.Response response = http.postForm("/en/newsletter", "email=reader%40example.org");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Cache-Control")).hasValue("no-store");
        assertThat(response.header("Content-Security-Policy")).isPresent();
    }
}

package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A shared cache (a CDN, a proxy) must never keep an error: a passing failure or a 404 for a page published a minute
 * later would be served to every reader until it expired. Every 4xx and 5xx answer, page or problem, says
 * {@code no-store} and carries no ETag, although reader pages and API answers are otherwise public for minutes.
 */
@SiteWithoutBaseUrl
class ErrorResponsesAreNeverStoredTest {

    @LocalServerPort
    int port;

    @Test
    void aFailingReaderPageIs500AndNotStored() {
        RawHttp.Response response = new RawHttp(port).get(FailingPages.PAGE);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertNotStored(response);
    }

    @Test
    void aFailingApiAnswerIsA500ProblemAndNotStored() {
        RawHttp.Response response = new RawHttp(port).get(FailingPages.API);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertNotStored(response);
    }

    @Test
    void notFoundAndBadRequestAreNotStoredOnPagesNorInTheApi() {
        RawHttp http = new RawHttp(port);
        RawHttp.Response missingPage = http.get("/en/no-such-page");
        RawHttp.Response missingSource = http.get("/api/v1/sources/no-such-source");
        RawHttp.Response badLanguage = http.get("/api/v1/topics?lang=xx");

        assertThat(missingPage.status()).isEqualTo(404);
        assertThat(missingSource.status()).isEqualTo(404);
        assertThat(badLanguage.status()).isEqualTo(400);
        for (RawHttp.Response response : new RawHttp.Response[] {missingPage, missingSource, badLanguage}) {
            assertNotStored(response);
        }
    }

    @Test
    void theWorkingPageBesideThemStaysPublic() {
        RawHttp.Response response = new RawHttp(port).get("/en/glossary");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                .contains("public"));
    }

    private static void assertNotStored(RawHttp.Response response) {
        assertThat(response.header("Cache-Control")).hasValue("no-store");
        assertThat(response.header("ETag")).isEmpty();
        assertThat(response.header("Expires")).isEmpty();
    }
}

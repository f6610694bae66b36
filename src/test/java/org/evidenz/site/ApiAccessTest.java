package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Any web page may read the API (CORS for GET, no credentials), and every answer can be revalidated: the ETag
 * sent back as If-None-Match gets a 304 without a body.
 */
@ReaderSiteTest
class ApiAccessTest {

    private static final List<String> ANSWERS = List.of("/api/v1/topics", "/api/v1/articles",
            "/api/v1/articles/en/low-back-pain/passive-treatments", "/api/v1/treatments?lang=de",
            "/api/v1/treatments/massage?lang=en", "/api/v1/glossary?lang=en", "/api/v1/sources/mu-2020",
            "/api/v1/search?lang=en&q=massage", "/api/v1/search/suggest?lang=en&q=mas", "/api/v1/openapi.json");

    @LocalServerPort
    int port;

    @Test
    void everyAnswerCanBeRevalidated() {
        Http http = new Http(port);
        for (String path : ANSWERS) {
            HttpResponse<String> first = http.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
            HttpResponse<String> again = http.get(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
        }
    }

    @Test
    void anyOriginMayReadButNotWithCredentials() {
        HttpResponse<String> answer = new Http(port).get("/api/v1/topics", "Origin", "https://partner.example");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains("ETag", "Retry-After"));
    }

    @Test
    void aPreflightAllowsOnlyReading() throws IOException, InterruptedException {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/topics"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Methods")).contains("GET, HEAD");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(allowed ->
                assertThat(allowed).contains("If-None-Match"));
    }
}

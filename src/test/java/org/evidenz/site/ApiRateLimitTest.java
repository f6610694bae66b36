package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.evidenz.support.Http;
import org.evidenz.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.jayway.jsonpath.JsonPath;

/**
 * A client that asks the read API too often is told to wait, in a problem detail with Retry-After, and is served
 * again once the minute has refilled its allowance; reader pages are not counted. Its own application, with an
 * allowance of three requests a minute and a clock that moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-rate-limit;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/api-rate-limit", "evidenz.jobs.enabled=false",
        "evidenz.api.requests-per-minute=3"})
@Import(MovableClock.AsTheApplicationClock.class)
class ApiRateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Test
    void theFourthRequestInAMinuteWaitsAndTheNextMinuteIsServed() {
        Http http = new Http(port);
        for (int i = 0; i < 3; i++) {
            assertThat(http.get("/api/v1/topics?lang=en").statusCode()).isEqualTo(200);
        }
        assertThat(http.get("/en/").statusCode()).as("reader pages do not count").isEqualTo(200);

        HttpResponse<String> refused = http.get("/api/v1/topics?lang=en");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(refused.headers().firstValue("Cache-Control")).as("a refusal is never stored by a cache")
                .contains("no-store");
        assertThat(JsonPath.<Integer>read(refused.body(), "$.status")).isEqualTo(429);
        assertThat(JsonPath.<String>read(refused.body(), "$.detail"))
                .startsWith("Too many requests from your address. Please try again in ");

        clock.advance(Duration.ofMinutes(1));
        assertThat(http.get("/api/v1/topics?lang=en").statusCode()).isEqualTo(200);
    }
}

package org.evidenz.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/** The read API's lists come a page at a time; following {@code next} walks every item exactly once. */
@ReaderSiteTest
class ApiPagingTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void followingNextWalksEveryItemOnce() {
        List<String> all = JsonPath.read(http.get("/api/v1/treatments?lang=en&size=100").body(), "$.items[*].id");
        List<String> walked = new ArrayList<>();
        String address = "/api/v1/treatments?lang=en&size=5";
        int pages = 0;
        while (address != null) {
            String body = http.get(address).body();
            assertThat(JsonPath.<Integer>read(body, "$.size")).isEqualTo(5);
            assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(17);
            assertThat(JsonPath.<Integer>read(body, "$.page")).isEqualTo(++pages);
            walked.addAll(JsonPath.read(body, "$.items[*].id"));
            address = JsonPath.read(body, "$.next");
        }
        assertThat(pages).isEqualTo(4);
        assertThat(walked).hasSize(17).isEqualTo(all);
    }

    @Test
    void nextKeepsTheFilters() {
        String body = http.get("/api/v1/treatments?lang=en&kind=PASSIVE&size=10").body();
        assertThat(JsonPath.<String>read(body, "$.next")).isEqualTo("/api/v1/treatments?lang=en&kind=PASSIVE"
                + "&page=2&size=10");
        String second = http.get(JsonPath.read(body, "$.next")).body();
        assertThat(JsonPath.<List<String>>read(second, "$.items[*].kind")).hasSize(2).containsOnly("PASSIVE");
        assertThat(JsonPath.<Object>read(second, "$.next")).isNull();
    }

    @Test
    void aPageBeyondTheLastIsEmptyAndTheDefaultSizeIsTwenty() {
        String beyond = http.get("/api/v1/glossary?lang=en&page=9").body();
        assertThat(JsonPath.<List<Object>>read(beyond, "$.items")).isEmpty();
        assertThat(JsonPath.<Integer>read(beyond, "$.total")).isEqualTo(37);
        assertThat(JsonPath.<Integer>read(http.get("/api/v1/glossary?lang=en").body(), "$.size")).isEqualTo(20);
    }

    @Test
    void aSizeAbove100OrAPageBelow1IsRefusedWithAReason() {
        assertRefused("/api/v1/articles?size=101", "The parameter 'size' must be between 1 and 100, not 101.");
        assertRefused("/api/v1/topics?size=0", "The parameter 'size' must be between 1 and 100, not 0.");
        assertRefused("/api/v1/glossary?lang=en&page=0", "The parameter 'page' must be 1 or more, not 0.");
        assertRefused("/api/v1/treatments?lang=en&size=many",
                "The parameter 'size' has a value that is not allowed: 'many'.");
    }

    private void assertRefused(String path, String detail) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).as(path).isEqualTo(detail);
    }
}

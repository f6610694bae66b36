package org.evidenz.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/** The results page and the search API over real HTTP, on the demo content. */
@ReaderSiteTest
class SearchPagesTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Document results(String query) {
        return http.page("/en/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    @Test
    void resultsSayWhatTheyAreHighlightTheMatchAndLeadToTheExactPlace() {
        Document page = results("who pays");

        assertThat(page.select(".search-result").size()).isPositive();
        assertThat(page.select(".search-result h2 a").eachAttr("href"))
                .contains("/en/low-back-pain/passive-treatments#who-pays");
        assertThat(page.select(".result-type").eachText()).contains("Part of an article");
        assertThat(page.select(".snippet mark")).isNotEmpty();
        assertThat(page.select("#search-q").val()).as("the query is kept in the box").isEqualTo("who pays");
    }

    @Test
    void readerCanNarrowResultsToOneTypeAndSeeHowManyEachTypeHas() {
        Document all = results("back pain");
        Document treatments = http.page("/en/search?q=back+pain&type=treatment");

        assertThat(all.select("#search-type option[value=treatment]").text()).matches("Treatments \\(\\d+\\)");
        assertThat(treatments.select(".result-type").eachText()).containsOnly("Treatment");
        assertThat(treatments.select("#search-type option[selected]").val()).isEqualTo("treatment");
    }

    @Test
    void manyResultsArePagedWithLinksThatKeepTheQuery() {
        Document first = results("pain");
        Document second = http.page(first.selectFirst(".pagination a[rel=next]").attr("href"));

        assertThat(first.select(".search-result")).hasSize(10);
        assertThat(second.select(".pagination [aria-current=page]").text()).isEqualTo("2");
        assertThat(second.select("ol.search-results").attr("start")).isEqualTo("11");
        assertThat(second.select(".search-result h2").eachText())
                .doesNotContainAnyElementsOf(first.select(".search-result h2").eachText());
    }

    @Test
    void misspelledQueryOffersTheLikelyWord() {
        Document page = results("acupunture");

        assertThat(page.select(".search-result h2").eachText()).first().isEqualTo("Acupuncture");
        assertThat(page.select(".did-you-mean a").text()).isEqualTo("acupuncture");
    }

    @Test
    void nothingFoundGivesHelpNotABlankPage() {
        Document page = results("zzyzx quokka");

        assertThat(page.select(".empty-state").text()).contains("Nothing found for", "Check the spelling");
        assertThat(page.select(".empty-state a").eachAttr("href")).contains("/en/glossary");
    }

    @Test
    void hostileQueriesGetANormalPage() {
        for (String query : List.of("title:(massage AND", "\"unbalanced", "*:*", "😀😀", "the of and",
                "<script>alert(1)</script>", "x".repeat(10_000), "%00", "massage\u0000")) {
            HttpResponse<String> response = http.get("/en/search?q=" + URLEncoder.encode(query,
                    StandardCharsets.UTF_8));

            assertThat(response.statusCode()).as(query.length() > 40 ? query.substring(0, 40) : query).isEqualTo(200);
            assertThat(response.body()).doesNotContain("<script>alert(1)</script>", "Exception");
        }
        assertThat(results("the of and").select(".empty-state").text()).contains("There was nothing to search for");
    }

    @Test
    void apiReturnsResultsAndSuggestionsAsJson() {
        String body = http.get("/api/v1/search?lang=en&q=TENS+machine").body();
        assertThat(JsonPath.<String>read(body, "$.results[0].id")).isEqualTo("treatment:electrotherapy");
        assertThat(JsonPath.<String>read(body, "$.results[0].url")).isEqualTo("/en/treatments/electrotherapy");

        String suggestions = http.get("/api/v1/search/suggest?lang=en&q=chiro").body();
        assertThat(JsonPath.<List<String>>read(suggestions, "$[*].title"))
                .contains("Manual therapy (spinal manipulation and mobilization)");

        HttpResponse<String> badType = http.get("/api/v1/search?lang=en&q=pain&type=video");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(badType.body(), "$.detail")).contains("Use one of article, section");
    }

    @Test
    void everyPageOffersTheSearchBoxWithSuggestions() {
        Document page = http.page("/en/glossary");

        assertThat(page.select("form.header-search[role=search][action=/en/search] input[name=q][data-suggest=en]"))
                .hasSize(1);
    }
}

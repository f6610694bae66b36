package org.evidenz.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/** The read API partners use: published content as JSON, errors as RFC 9457 problems. */
@ReaderSiteTest
class ReaderApiTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private String json(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        return response.body();
    }

    @Test
    void topicsListPublishedArticlesWithTheirAddresses() {
        String body = json("/api/v1/topics?lang=en");

        assertThat(JsonPath.<List<String>>read(body, "$.items[*].slug")).containsExactly("low-back-pain");
        assertThat(JsonPath.<String>read(body, "$.items[0].articles[0].api"))
                .isEqualTo("/api/v1/articles/en/low-back-pain/passive-treatments");
        assertThat(JsonPath.<String>read(body, "$.items[0].articles[0].nextReview.due")).isEqualTo("2025-12-31");
        assertThat(JsonPath.<Boolean>read(body, "$.items[0].articles[0].nextReview.yearOnly")).isTrue();
        assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(1);
    }

    @Test
    void articleCarriesStructuredEvidenceAndFormattedCitations() {
        String body = json("/api/v1/articles/en/low-back-pain/passive-treatments");

        assertThat(JsonPath.<String>read(body, "$.updated")).isEqualTo("2022-12-05");
        assertThat(JsonPath.<Boolean>read(body, "$.reviewOverdue")).isTrue();
        assertThat(JsonPath.<String>read(body, "$.sections[0].layer")).isEqualTo("short-answer");
        assertThat(JsonPath.<List<Object>>read(body, "$.treatments")).hasSize(17);
        Map<String, Object> finding = JsonPath.<List<Map<String, Object>>>read(body,
                "$.treatments[?(@.id == 'acupuncture')].findings[0]").get(0);
        assertThat(finding).containsEntry("direction", "BENEFIT").containsEntry("size", "SMALL")
                .containsEntry("duration", "SHORT_TERM").containsEntry("certainty", "NOT_RATED");
        assertThat(JsonPath.<String>read(body, "$.references[0].source.citation"))
                .startsWith("Chou R, Deyo R, Friedly J, et al.");
        assertThat(JsonPath.<Integer>read(body, "$.references[0].number")).isEqualTo(1);
    }

    @Test
    void articlesNameTheirTranslationsAndWhetherTheyAreUpToDate() {
        String english = json("/api/v1/articles/en/low-back-pain/passive-treatments");
        String german = json("/api/v1/articles/de/rueckenschmerzen/passive-behandlungen");

        assertThat(JsonPath.<Object>read(english, "$.translationOf")).isNull();
        assertThat(JsonPath.<String>read(english, "$.otherLanguages[0].api"))
                .isEqualTo("/api/v1/articles/de/rueckenschmerzen/passive-behandlungen");
        assertThat(JsonPath.<String>read(german, "$.translationOf.lang")).isEqualTo("en");
        assertThat(JsonPath.<Boolean>read(german, "$.translationOf.outdated")).isFalse();
        assertThat(JsonPath.<String>read(german, "$.otherLanguages[0].url"))
                .isEqualTo("/en/low-back-pain/passive-treatments");
        assertThat(JsonPath.<String>read(german, "$.title")).startsWith("Passive Behandlungen");
    }

    @Test
    void treatmentsCanBeFilteredByKind() {
        assertThat(JsonPath.<List<String>>read(json("/api/v1/treatments?lang=en&kind=PASSIVE"), "$.items[*].id"))
                .hasSize(12).startsWith("acupuncture").endsWith("traction");
        assertThat(JsonPath.<List<String>>read(json("/api/v1/treatments?lang=en&kind=ACTIVE"), "$.items[*].kind"))
                .hasSize(5).containsOnly("ACTIVE");
    }

    @Test
    void treatmentNamesItsRisksWhoIsAtRiskAndWhoPays() {
        String body = json("/api/v1/treatments/manual-therapy?lang=en");

        assertThat(JsonPath.<List<String>>read(body, "$.harms[1].riskGroups")).contains("people with osteoporosis");
        assertThat(JsonPath.<String>read(body, "$.harms[1].frequency")).isEqualTo("VERY_RARE");
        assertThat(JsonPath.<String>read(body, "$.coverage[0].status")).isEqualTo("SELF_PAY_IGEL");
        assertThat(JsonPath.<String>read(body, "$.coverage[0].extent")).isEqualTo("MOST");
    }

    @Test
    void glossaryAndSourcesAreAvailable() {
        assertThat(JsonPath.<List<String>>read(json("/api/v1/glossary?lang=en&size=100"), "$.items[*].id"))
                .hasSize(37).contains("infection");
        String source = json("/api/v1/sources/mu-2020");
        assertThat(JsonPath.<String>read(source, "$.doi")).isEqualTo("10.1002/14651858.CD013814");
        assertThat(JsonPath.<String>read(source, "$.link")).isEqualTo("https://doi.org/10.1002/14651858.CD013814");
        assertThat(JsonPath.<String>read(source, "$.citation")).startsWith("Mu J, Furlan AD, Lam WY, et al.");
    }

    @Test
    void everyItemSaysWhenItChangedWasReviewedAndIsDueForReview() {
        String article = json("/api/v1/articles/en/low-back-pain/passive-treatments");
        assertThat(JsonPath.<String>read(article, "$.dateModified")).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(JsonPath.<String>read(article, "$.lastReviewed")).isEqualTo("2022-12-05");
        assertThat(JsonPath.<String>read(article, "$.nextReview.due")).isEqualTo("2025-12-31");

        String treatments = json("/api/v1/treatments?lang=en&size=1");
        assertThat(JsonPath.<String>read(treatments, "$.items[0].dateModified")).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(JsonPath.<String>read(treatments, "$.items[0].lastReviewed")).isEqualTo("2022-12-05");
        assertThat(JsonPath.<String>read(treatments, "$.items[0].nextReview.due")).isEqualTo("2025-12-31");

        String articles = json("/api/v1/articles?lang=de");
        assertThat(JsonPath.<List<String>>read(articles, "$.items[*].api"))
                .containsExactly("/api/v1/articles/de/rueckenschmerzen/passive-behandlungen");
        assertThat(JsonPath.<String>read(articles, "$.items[0].dateModified")).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(JsonPath.<String>read(json("/api/v1/topics?lang=de"), "$.items[0].lastReviewed"))
                .isNotBlank();
    }

    @Test
    void errorsAreProblemDetailsAPersonUnderstands() {
        assertProblem("/api/v1/treatments/levitation?lang=en", 404, "No published treatment 'levitation' in en.");
        assertProblem("/api/v1/treatments?lang=fr", 400,
                "The parameter 'lang' has a value that is not allowed: 'fr'. Use one of en, de.");
        assertProblem("/api/v1/treatments?lang=en&kind=magic", 400,
                "The parameter 'kind' has a value that is not allowed: 'magic'. Use one of ACTIVE, PASSIVE.");
        assertProblem("/api/v1/treatments", 400, "Required parameter 'lang' is not present.");
        assertProblem("/api/v1/no-such-thing", 404, "Nothing is published at this address.");
        assertProblem("/api/v1/articles/en/low-back-pain/no-such-article", 404,
                "No published article 'no-such-article' in topic 'low-back-pain'.");
    }

    private void assertProblem(String path, int status, String detail) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).isEqualTo(detail);
        assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "trace");
    }
}

package org.evidenz.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a reader sees of the demo topic, over real HTTP. */
@ReaderSiteTest
class ReaderPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    BundleReader reader;

    @Autowired
    ContentImport importer;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Document article() {
        return http.page(ReaderPages.ARTICLE);
    }

    @Test
    void rootSendsReadersToTheStartPageInTheLanguageTheirBrowserPrefers() {
        HttpResponse<String> german = http.get("/", "Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
        HttpResponse<String> english = http.get("/", "Accept-Language", "en-GB,en;q=0.9,de;q=0.5");
        HttpResponse<String> french = http.get("/", "Accept-Language", "fr-FR,fr;q=0.9");

        assertThat(german.statusCode()).isEqualTo(303);
        assertThat(german.headers().firstValue("Location")).contains("/de/");
        assertThat(german.headers().firstValue("Vary")).contains("Accept-Language");
        assertThat(english.headers().firstValue("Location")).contains("/en/");
        assertThat(french.headers().firstValue("Location")).contains("/en/");
    }

    @Test
    void startPageListsTheTopicAndItsArticle() {
        Document home = http.page("/en/");

        assertThat(home.select(".topic-tile h3 a").eachText()).containsExactly("Low back pain");
        assertThat(home.select(".topic-tile .link-list a").eachAttr("href")).containsExactly(ReaderPages.ARTICLE);
    }

    @Test
    void topicPageNamesTheConditionWithItsLayNamesAndCodes() {
        Document topic = http.page("/en/low-back-pain");

        assertThat(topic.select("h1").text()).isEqualTo("Low back pain");
        assertThat(topic.select(".condition-box").text()).contains("lumbago", "ICD-10-GM M54.5",
                "SNOMED-CT 279039007");
        assertThat(topic.select(".article-tile a").attr("href")).isEqualTo(ReaderPages.ARTICLE);
    }

    @Test
    void articleGivesTheShortAnswerFirstThenDetailsThenWhatTheStudiesSay() {
        List<String> layers = article().select("section.article-section[id]").stream()
                .map(s -> s.className().replaceAll(".*layer-(\\S+).*", "$1")).toList();

        assertThat(layers.get(0)).isEqualTo("short-answer");
        assertThat(layers).contains("details");
        assertThat(layers.indexOf("studies")).isGreaterThan(layers.lastIndexOf("details"));
    }

    @Test
    void everyPassiveTreatmentHasACardWithAnAnchorListedOnThePage() {
        Document page = article();

        assertThat(page.select(".treatment-card h3").eachText()).hasSize(12)
                .startsWith("Acupuncture", "Electrotherapy").endsWith("Traction");
        assertThat(page.select(".toc-treatments a").eachAttr("href"))
                .allSatisfy(href -> assertThat(page.getElementById(href.substring(1))).isNotNull());
    }

    @Test
    void comparisonTableSaysInWordsWhatEachTreatmentDoesAndCosts() {
        Element table = article().selectFirst("table.comparison-table");
        assertThat(table.select("tbody tr")).hasSize(12);

        assertThat(row(table, "Acupuncture")).contains("Small benefit", "Short-lived", "Not rated",
                "Not many good-quality studies", "Serious side effects (rare)", "Often self-pay (IGeL)");
        assertThat(row(table, "Massage")).contains("Small benefit", "Short term only, no lasting effect",
                "Only as an add-on");
        assertThat(row(table, "Kinesiology taping")).contains("Benefit not proven", "Not recommended",
                "None described in our sources");
        assertThat(row(table, "Osteopathy")).contains("Contradictory results");
        assertThat(row(table, "Traction")).contains("No study results in our sources", "No statement in our sources");
        assertThat(table.select(".badge")).as("every marker carries a word, not colour alone")
                .allSatisfy(badge -> assertThat(badge.ownText()).isNotBlank());
    }

    private static String row(Element table, String treatment) {
        return table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(treatment))
                .findFirst().orElseThrow().text();
    }

    @Test
    void citationsAreNumberedInReadingOrderAndLeadToVancouverReferences() {
        Document page = article();
        List<Integer> firstUse = page.select("sup.cite a").stream()
                .map(a -> Integer.parseInt(a.attr("href").substring("#ref-".length())))
                .distinct().toList();

        assertThat(firstUse).as("numbers appear in the order sources are first cited").isSorted();
        assertThat(page.select("ol.references > li")).hasSize(firstUse.size());
        assertThat(page.select("sup.cite a").eachAttr("href"))
                .allSatisfy(href -> assertThat(page.getElementById(href.substring(1))).isNotNull());
        assertThat(page.select("ol.references > li").eachText()).anySatisfy(text -> assertThat(text)
                .startsWith("Mu J, Furlan AD, Lam WY, et al. Acupuncture for chronic nonspecific low back pain. "
                        + "Cochrane Database Syst Rev. 2020;(12):CD013814."));
        assertThat(page.select("ul.references.unnumbered > li").eachText())
                .anySatisfy(text -> assertThat(text).startsWith("Ferreira GE"));
    }

    @Test
    void glossaryTermsCarryTheirDefinitionAndLeadToTheGlossaryWithoutJavaScript() {
        Document page = article();
        Element link = page.selectFirst("a.term-link[href=/en/glossary/infection]");

        assertThat(link).isNotNull();
        Element tooltip = page.getElementById(link.attr("aria-describedby"));
        assertThat(tooltip.attr("role")).isEqualTo("tooltip");
        assertThat(tooltip.text()).startsWith("An infection happens when germs");
        assertThat(http.get(link.attr("href")).statusCode()).isEqualTo(200);
        assertThat(page.select("a.term-link").eachAttr("href")).doesNotHaveDuplicates();
    }

    @Test
    void articleSaysWhenItWasUpdatedAndThatItsReviewIsOverdue() {
        Element header = article().selectFirst(".article-header");

        assertThat(header.select(".review-dates").text())
                .isEqualTo("Updated on December 5, 2022 · Next review due 2025");
        assertThat(header.select(".notice-overdue").text()).contains("This page is overdue for review");
    }

    @Test
    void articleEndsWithTheDisclaimerAndWhereToFindHelp() {
        assertThat(article().select("aside.disclaimer").text()).contains("cannot replace", "individual advice",
                "Where to find help", "self-help groups");
    }

    @Test
    void treatmentPageShowsRisksWithWhoIsAtRiskAndItsOwnSources() {
        Document page = http.page("/en/treatments/manual-therapy");

        assertThat(page.select("h1").text()).isEqualTo("Manual therapy (spinal manipulation and mobilization)");
        assertThat(page.select(".harm").text()).contains("Broken bones or partial paralysis", "Very rare",
                "people with osteoporosis");
        assertThat(page.select("ol.references > li").eachText())
                .anySatisfy(text -> assertThat(text).startsWith("Nielsen SM"));
        assertThat(page.select("a[href^=/en/low-back-pain/passive-treatments#]").attr("href"))
                .isEqualTo(ReaderPages.ARTICLE + "#treatment-manual-therapy");
    }

    @Test
    void glossaryListsEveryTermAlphabeticallyWithLetterJumps() {
        Document page = http.page("/en/glossary");
        List<String> terms = page.select(".glossary-entry dt").eachText();

        assertThat(terms).hasSize(37).contains("Infection", "Osteoporosis");
        assertThat(terms).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(page.select(".letter-index a").eachText()).startsWith("A");
    }

    @Test
    void sourcePageShowsTheCitationAndWhereToReadTheSource() {
        Document page = http.page("/en/sources/chou-2017");

        assertThat(page.select(".citation").text()).startsWith("Chou R, Deyo R, Friedly J, et al.");
        assertThat(page.select("a[href=https://doi.org/10.7326/M16-2459]")).hasSize(1);
    }

    @Test
    void unknownAddressGetsAHelpfulPageNotAStackTrace() {
        HttpResponse<String> response = http.get("/en/low-back-pain/no-such-article");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find this page", "href=\"/en/glossary\"",
                "<meta name=\"robots\" content=\"noindex\">").doesNotContain("Exception", "at org.");
    }

    @Test
    void everyResponseCarriesStrictSecurityHeaders() {
        HttpResponse<String> response = http.get(ReaderPages.ARTICLE);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()"));
    }

    @Test
    void readerPagesMayBeCachedAndRevalidateWithAnEtag() {
        HttpResponse<String> first = http.get(ReaderPages.ARTICLE);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c)
                .contains("max-age=300", "public"));
        assertThat(http.get(ReaderPages.ARTICLE, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void changedContentIsNeverAnsweredFromAnOldEtag() {
        String etag = http.get(ReaderPages.ARTICLE).headers().firstValue("ETag").orElseThrow();

        importer.replaceAll(reader.readClasspath("content"), "test");

        HttpResponse<String> after = http.get(ReaderPages.ARTICLE, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void headRequestOnAColdCacheNeverEmptiesThePageForLaterReaders() throws Exception {
        importer.replaceAll(reader.readClasspath("content"), "test");
        var head = java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + ReaderPages.ARTICLE))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        java.net.http.HttpClient.newHttpClient().send(head, java.net.http.HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> first = http.get(ReaderPages.ARTICLE);
        HttpResponse<String> again = http.get(ReaderPages.ARTICLE);

        assertThat(first.body()).contains("<h1>Passive treatments for low back pain");
        assertThat(first.body().strip()).endsWith("</html>");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Content-Security-Policy")).as("security headers on a cached page")
                .isPresent();
        assertThat(again.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
    }

    @Test
    void stylesheetIsFingerprintedAndCachedForAYear() {
        String href = article().selectFirst("link[rel=stylesheet]").attr("href");

        assertThat(href).matches("/assets/css/evidenz-[0-9a-f]{32}\\.css");
        assertThat(http.get(href).headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c)
                .contains("max-age=31536000", "immutable"));
    }

    @Test
    void healthEndpointTellsWhenTheApplicationIsReady() {
        HttpResponse<String> response = http.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}

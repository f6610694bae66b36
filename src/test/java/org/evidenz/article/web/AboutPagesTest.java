package org.evidenz.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages about the site (methods, help, accessibility, privacy, imprint) of the demo content: every reader page
 * links them in its footer, in its own language, and every such link leads to a page; the forms link the privacy
 * notice beside their consent text, the article's disclaimer the methods and the help page.
 */
@ReaderSiteTest
class AboutPagesTest {

    @LocalServerPort
    int port;

    @Test
    void everyReaderPageLinksThePagesAboutTheSiteInItsOwnLanguageAndEachLinkLeadsToAPage() {
        Http http = new Http(port);
        Set<String> linked = new LinkedHashSet<>();
        for (String path : ReaderPages.ALL) {
            Document page = Jsoup.parse(http.get(path).body());
            List<String> about = page.select("footer a[href*=/about/]").eachAttr("href");
            List<String> expected = path.startsWith("/de/") ? ReaderPages.GERMAN_ABOUT : ReaderPages.ABOUT;
            assertThat(about).as("footer of %s", path).containsExactlyElementsOf(expected);
            linked.addAll(about);
        }
        for (String path : linked) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aPageAboutTheSiteShowsItsTextAndPointsToItsTranslation() {
        Document privacy = new Http(port).page("/en/about/privacy");
        assertThat(privacy.select("main h1").text()).isEqualTo("Privacy notice");
        assertThat(privacy.select("main .prose h2").eachText()).contains("The feedback form",
                "The newsletter and topic alerts", "Your rights");
        assertThat(privacy.select("link[rel=canonical]").attr("href")).endsWith("/en/about/privacy");
        assertThat(privacy.select("link[rel=alternate][hreflang=de]").attr("href")).endsWith("/de/about/datenschutz");
        assertThat(privacy.select(".language-switch a[hreflang=de]").attr("href")).isEqualTo("/de/about/datenschutz");
    }

    @Test
    void theFeedbackAndNewsletterFormsLinkThePrivacyNoticeInTheReadersLanguage() {
        Http http = new Http(port);
        assertThat(http.page(ReaderPages.FEEDBACK_FORM).select("form a").eachAttr("href"))
                .contains("/en/about/privacy");
        assertThat(http.page("/de/feedback?article=passive-treatments&helpful=yes").select("form a").eachAttr("href"))
                .contains("/de/about/datenschutz");
        assertThat(http.page("/en/newsletter").select("form a").eachAttr("href")).contains("/en/about/privacy");
        assertThat(http.page("/de/newsletter").select("form a").eachAttr("href")).contains("/de/about/datenschutz");
    }

    @Test
    void theArticlesDisclaimerLinksTheMethodsAndTheHelpPage() {
        Http http = new Http(port);
        assertThat(http.page(ReaderPages.ARTICLE).select(".disclaimer a").eachAttr("href"))
                .containsExactly("/en/about/methods", "/en/about/help");
        assertThat(http.page(ReaderPages.GERMAN_ARTICLE).select(".disclaimer a").eachAttr("href"))
                .containsExactly("/de/about/methoden", "/de/about/hilfe");
    }

    @Test
    void aPageThatDoesNotExistIsNotFound() {
        Http http = new Http(port);
        assertThat(http.get("/en/about/no-such-page").statusCode()).isEqualTo(404);
        assertThat(http.get("/en/about/datenschutz").statusCode()).as("German slug in English").isEqualTo(404);
    }
}

package org.evidenz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo article shows the drawing of an active and a passive treatment, described in each language. */
@ReaderSiteTest
class DemoPictureOnTheArticleTest {

    @LocalServerPort
    int port;

    @Test
    void bothArticlesShowTheDrawingWithWidthsSizeAltTextAndCreditInTheirLanguage() {
        Http http = new Http(port);
        Element english = http.page(ReaderPages.ARTICLE).selectFirst("figure.picture");
        Element german = http.page(ReaderPages.GERMAN_ARTICLE).selectFirst("figure.picture");
        for (Element figure : new Element[] {english, german}) {
            Element img = figure.selectFirst("img");
            assertThat(img.attr("width")).isEqualTo("1600");
            assertThat(img.attr("height")).isEqualTo("800");
            assertThat(img.attr("srcset")).matches("/pictures/active-and-passive-480-[0-9a-f]{16}\\.png 480w\\s*, "
                    + "/pictures/active-and-passive-960-[0-9a-f]{16}\\.png 960w\\s*, "
                    + "/pictures/active-and-passive-1600-[0-9a-f]{16}\\.png 1600w");
            assertThat(img.attr("sizes")).isNotBlank();
            assertThat(img.attr("loading")).isEqualTo("lazy");
            HttpResponse<byte[]> file = http.getBytes(img.attr("src"));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(file.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                    .contains("max-age=31536000", "immutable"));
        }
        assertThat(english.selectFirst("img").attr("alt")).startsWith("Drawing in two halves.");
        assertThat(english.selectFirst("figcaption").text()).isEqualTo("Active treatments: you do something "
                + "yourself. Passive treatments: something is done to you. — Evidenz, CC BY 4.0");
        assertThat(german.selectFirst("img").attr("alt")).startsWith("Zeichnung in zwei Hälften.");
        assertThat(german.selectFirst("figcaption").text()).startsWith("Aktive Behandlungen: Sie tun selbst etwas.")
                .endsWith("— Evidenz, CC BY 4.0");
    }
}

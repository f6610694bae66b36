package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages name their style sheet, script and images by addresses that carry a hash of the file's content, which every
 * cache may keep for a year: a changed file gets a new address. The plain address still answers, with a short cache
 * life, for whoever linked to it.
 */
@ReaderSiteTest
class FingerprintedAssetsTest {

    private static final String FINGERPRINTED = "/assets/.+-[0-9a-f]{32}\\.(css|js|svg)";

    @LocalServerPort
    int port;

    @Test
    void pagesReferToAssetsByFingerprintedAddressesThatMayBeKeptForAYear() {
        Http http = new Http(port);
        for (String page : List.of(ReaderPages.ARTICLE, ReaderPages.GERMAN_ARTICLE, "/en/")) {
            Document document = http.page(page);
            List<String> addresses = new ArrayList<>(document.select("link[rel=stylesheet], link[rel=icon]")
                    .eachAttr("href"));
            addresses.addAll(document.select("script[src], img[src^=/assets]").eachAttr("src"));
            assertThat(addresses).as(page).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(address -> assertThat(address).matches(FINGERPRINTED));
            for (String address : addresses) {
                HttpResponse<byte[]> asset = http.getBytes(address);
                assertThat(asset.statusCode()).as(address).isEqualTo(200);
                assertThat(asset.headers().firstValue("Cache-Control")).as(address)
                        .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000", "public",
                                "immutable"));
            }
        }
    }

    @Test
    void thePlainAddressStillAnswersButOnlyForAnHour() {
        Http http = new Http(port);
        String fingerprinted = http.page(ReaderPages.ARTICLE).select("link[rel=stylesheet]").attr("href");
        String plain = fingerprinted.replaceFirst("-[0-9a-f]{32}\\.css$", ".css");
        assertThat(plain).isEqualTo("/assets/css/evidenz.css");
        for (int time = 1; time <= 2; time++) { // served, then from memory
            HttpResponse<byte[]> asset = http.getBytes(plain);
            assertThat(asset.statusCode()).isEqualTo(200);
            assertThat(asset.body()).isEqualTo(http.getBytes(fingerprinted).body());
            assertThat(asset.headers().firstValue("Cache-Control")).hasValue("max-age=3600, public");
        }
    }
}

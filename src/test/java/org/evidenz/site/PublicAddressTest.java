package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Started without {@code evidenz.site.base-url}, as a new user does on a port of their choice, the site links to
 * where it was reached: canonical and language links, feeds, the sitemap and robots.txt; behind a trusted proxy, to
 * the address the proxy forwarded. Without a request (a mail from a background job) it is localhost on its port.
 */
@SiteWithoutBaseUrl
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTest {

    private static final String ARTICLE = "/en/low-back-pain/passive-treatments";

    @LocalServerPort
    int port;
    @Autowired
    PublicAddress address;

    @Test
    void pageLinksFeedsAndTheSitemapUseThePortTheSiteRunsOn() {
        Http http = new Http(port);
        String own = "http://localhost:" + port;

        Document page = http.page(ARTICLE);
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(own + ARTICLE);
        assertThat(absoluteLinks(page)).hasSizeGreaterThan(3)
                .allSatisfy(href -> assertThat(href).startsWith(own + "/"));
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains(own + "/en/feed.atom");

        Document feed = Jsoup.parse(http.get("/en/feed.atom").body(), "", Parser.xmlParser());
        assertThat(feed.select("feed > link").eachAttr("href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith(own + "/"));
        Document sitemap = Jsoup.parse(http.get("/sitemap.xml").body(), "", Parser.xmlParser());
        assertThat(sitemap.select("loc").eachText()).isNotEmpty()
                .allSatisfy(loc -> assertThat(loc).startsWith(own + "/"));
        assertThat(http.get("/robots.txt").body()).contains("Sitemap: " + own + "/sitemap.xml");
    }

    @Test
    void behindATrustedProxyLinksUseTheForwardedAddress() {
        RawHttp http = new RawHttp(port);
        String[] forwarded = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "evidenz.example"};

        Document page = Jsoup.parse(http.get("/de/", forwarded).body());
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://evidenz.example/de/");
        assertThat(absoluteLinks(page)).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("https://evidenz.example/"));
        assertThat(http.get("/robots.txt", forwarded).body())
                .contains("Sitemap: https://evidenz.example/sitemap.xml");
        assertThat(Jsoup.parse(http.get("/sitemap.xml", forwarded).body(), "", Parser.xmlParser())
                .select("loc").eachText()).isNotEmpty()
                .allSatisfy(loc -> assertThat(loc).startsWith("https://evidenz.example/"));
    }

    @Test
    void withoutARequestTheAddressIsLocalhostOnItsPortWithOneWarning(CapturedOutput output) {
        assertThat(address.baseUrl()).isEqualTo("http://localhost:" + port);
        assertThat(address.baseUrl()).isEqualTo("http://localhost:" + port);

        assertThat(output.getAll().split("evidenz.site.base-url is not set", -1).length - 1)
                .as("warned at most once per run").isLessThanOrEqualTo(1);
    }

    /** Canonical, language-version and feed links in the head. */
    static List<String> absoluteLinks(Document page) {
        List<String> links = new ArrayList<>();
        for (Element link : page.select("link[rel=canonical], link[rel=alternate]")) {
            links.add(link.attr("href"));
        }
        return links;
    }
}

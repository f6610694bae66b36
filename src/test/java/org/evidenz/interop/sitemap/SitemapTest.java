package org.evidenz.interop.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /sitemap.xml} is a valid sitemap (sitemaps.org schema, with Google's language-version links) listing every
 * published reader page that search engines may list, in both languages, with the same language versions the pages
 * name; and {@code robots.txt} points to it.
 */
@ReaderSiteTest
class SitemapTest {

    private static final String BASE = "http://localhost:8080";

    @LocalServerPort
    int port;

    private Http http;
    private HttpResponse<String> response;
    private Document sitemap;

    @BeforeEach
    void fetchSitemap() {
        http = new Http(port);
        response = http.get("/sitemap.xml");
        sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
    }

    @Test
    void sitemapIsValidByTheSitemapsOrgSchema() throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/xml"));

        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] schemas = {new StreamSource(getClass().getResource("/sitemaps/xhtml-link.xsd").toString()),
                new StreamSource(getClass().getResource("/sitemaps/sitemap.xsd").toString())};
        factory.newSchema(schemas).newValidator().validate(new StreamSource(new StringReader(response.body())));
    }

    @Test
    void everyListedAddressAnswersWithThePageWhoseCanonicalAddressItIs() {
        List<String> locs = locs();
        assertThat(locs).isNotEmpty().doesNotHaveDuplicates();
        for (String loc : locs) {
            String path = URI.create(loc).getRawPath();
            Document page = http.page(path);
            assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(loc);
        }
    }

    @Test
    void everyIndexableReaderPageIsListedInBothLanguages() {
        List<String> locs = locs();
        for (String path : ReaderPages.ALL) {
            HttpResponse<String> page = http.get(path);
            boolean indexable = page.statusCode() == 200
                    && !page.body().contains("name=\"robots\" content=\"noindex\"");
            assertThat(locs.contains(BASE + path)).as("%s listed", path).isEqualTo(indexable);
        }
        assertThat(locs).contains(BASE + "/en/", BASE + "/de/", BASE + ReaderPages.ARTICLE,
                BASE + ReaderPages.GERMAN_ARTICLE);
    }

    @Test
    void languageVersionsAreThoseThePagesNameAndPointBothWays() {
        Map<String, Map<String, String>> alternatesByLoc = new HashMap<>();
        for (Element url : sitemap.select("url")) {
            Map<String, String> alternates = new HashMap<>();
            url.getElementsByTag("xhtml:link")
                    .forEach(link -> alternates.put(link.attr("hreflang"), link.attr("href")));
            alternatesByLoc.put(url.selectFirst("loc").text(), alternates);
        }
        alternatesByLoc.forEach((loc, alternates) -> {
            Document page = http.page(URI.create(loc).getRawPath());
            Map<String, String> named = new HashMap<>();
            page.select("head link[rel=alternate][hreflang]")
                    .forEach(l -> named.put(l.attr("hreflang"), l.attr("href")));
            assertThat(alternates).as("language versions of %s", loc).isEqualTo(named);
            alternates.forEach((language, href) -> {
                if (!language.equals("x-default")) {
                    assertThat(alternatesByLoc.get(href)).as("%s lists %s", href, loc).containsValue(loc);
                }
            });
        });
        assertThat(alternatesByLoc.get(BASE + ReaderPages.ARTICLE)).containsEntry("de",
                BASE + ReaderPages.GERMAN_ARTICLE).containsEntry("x-default", BASE + "/");
    }

    @Test
    void articlesCarryTheDateTheyWereLastUpdated() {
        Element article = sitemap.select("url").stream()
                .filter(url -> url.selectFirst("loc").text().equals(BASE + ReaderPages.ARTICLE)).findFirst()
                .orElseThrow();
        String updated = http.page(ReaderPages.ARTICLE).select(".review-dates time").first().attr("datetime");

        assertThat(article.selectFirst("lastmod").text()).isEqualTo(updated);
    }

    @Test
    void robotsTxtNamesTheSitemapAndKeepsTheApiOut() {
        HttpResponse<String> robots = http.get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *", "Disallow: /api/", "Sitemap: " + BASE + "/sitemap.xml");
    }

    private List<String> locs() {
        return sitemap.select("url > loc").eachText();
    }
}

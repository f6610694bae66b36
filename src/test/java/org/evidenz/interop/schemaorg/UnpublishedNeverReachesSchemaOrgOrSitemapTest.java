package org.evidenz.interop.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.evidenz.support.UnpublishedContent;
import org.evidenz.support.UnpublishedContentTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Invariant 1 for schema.org markup and the sitemap: a draft article, a treatment only it presents, and a topic whose
 * only article is archived appear in neither, not even as a mention, a citation or a language version. It runs on
 * the draft-leak tests' shared application.
 */
class UnpublishedNeverReachesSchemaOrgOrSitemapTest extends UnpublishedContentTest {

    @Test
    void sitemapListsNoUnpublishedPage() {
        String sitemap = http.get("/sitemap.xml").body();

        assertThat(sitemap).contains("/en/low-back-pain/passive-treatments").doesNotContain(UnpublishedContent.WORDS);
    }

    @Test
    void noPageTheSitemapListsMentionsUnpublishedContentInItsMarkup() {
        Document sitemap = Jsoup.parse(http.get("/sitemap.xml").body(), "", Parser.xmlParser());
        List<String> paths = sitemap.select("url > loc").eachText().stream().map(l -> URI.create(l).getRawPath())
                .toList();
        assertThat(paths).contains("/en/", "/en/low-back-pain", "/en/low-back-pain/passive-treatments",
                "/en/treatments", "/en/treatments/massage");
        for (String path : paths) {
            String jsonLd = http.page(path).select("script[type=application/ld+json]").html();
            assertThat(jsonLd).as(path).isNotEmpty().doesNotContain(UnpublishedContent.WORDS);
        }
    }

    @Test
    void unpublishedPagesAnswerNotFoundWithoutMarkup() {
        for (String path : List.of("/en/low-back-pain/draft-article", "/en/neck-pain",
                "/en/neck-pain/archived-article", "/en/treatments/unpublished-treatment")) {
            var response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("application/ld+json");
        }
    }
}

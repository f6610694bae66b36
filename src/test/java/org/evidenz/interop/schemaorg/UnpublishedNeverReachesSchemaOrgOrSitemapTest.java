package org.evidenz.interop.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.evidenz.bundle.BundleFixture;
import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Invariant 1 for schema.org markup and the sitemap: a draft article, a treatment only it presents, and a topic whose
 * only article is archived appear in neither, not even as a mention, a citation or a language version. Its content
 * differs from the demo's, so it runs an application of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:schemaorg-drafts;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/schemaorg-drafts", "evidenz.jobs.enabled=false",
        "evidenz.bundle.load-demo=false"})
@Import(FixedClock.class)
class UnpublishedNeverReachesSchemaOrgOrSitemapTest {

    /** Words only the unpublished content uses. */
    private static final List<String> UNPUBLISHED = List.of("draft-article", "archived-article", "Unpublished",
            "Not for readers", "neck-pain", "Neck pain", "cupping", "Cupping");

    @LocalServerPort
    int port;

    @Autowired
    BundleReader reader;

    @Autowired
    ContentImport importer;

    @TempDir
    Path folder;

    private Http http;

    /** The demo bundle plus a draft article presenting a treatment no published article presents, and a topic
     *  whose only article is archived. */
    @BeforeEach
    void loadBundleWithUnpublishedContent() {
        BundleFixture bundle = BundleFixture.copyOfDemo(folder);
        bundle.replace("en/treatments.yaml", "treatments:\n", """
                treatments:
                  - id: cupping
                    slug: cupping
                    name: Cupping
                    kind: PASSIVE
                    summary: Unpublished treatment.
                    description: |
                      Not for readers.
                    plausibility: NOT_ASSESSED
                """);
        bundle.replace("en/conditions.yaml", "conditions:\n", """
                conditions:
                  - id: neck-pain
                    slug: neck-pain
                    name: Neck pain
                    lay-names: []
                    description: Pain in the neck.
                    codes:
                      - system: SNOMED-CT
                        code: "81680005"
                        display: Neck pain
                """);
        bundle.replace("en/topics.yaml", "topics:\n", """
                topics:
                  - id: neck-pain
                    slug: neck-pain
                    title: Neck pain
                    summary: A topic whose only article is archived.
                    condition: neck-pain
                """);
        bundle.write("en/articles/draft-article.md", article("draft-article", "low-back-pain", "DRAFT",
                "[massage, cupping]"));
        bundle.write("en/articles/archived-article.md", article("archived-article", "neck-pain", "ARCHIVED",
                "[cupping]"));
        importer.replaceAll(reader.read(bundle.root()), "test");
        http = new Http(port);
    }

    private static String article(String id, String topic, String status, String treatments) {
        return """
                ---
                id: %s
                topic: %s
                slug: %s
                title: Unpublished %s
                summary: Not for readers.
                status: %s
                updated: 2026-01-10
                next-review: 2029
                treatments: %s
                ---

                ## Text {#text layer=short-answer}

                Not for readers [@mu-2020].
                """.formatted(id, topic, id, id, status, treatments);
    }

    @Test
    void sitemapListsNoUnpublishedPage() {
        String sitemap = http.get("/sitemap.xml").body();

        assertThat(sitemap).contains("/en/low-back-pain/passive-treatments").doesNotContain(UNPUBLISHED);
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
            assertThat(jsonLd).as(path).isNotEmpty().doesNotContain(UNPUBLISHED);
        }
    }

    @Test
    void unpublishedPagesAnswerNotFoundWithoutMarkup() {
        for (String path : List.of("/en/low-back-pain/draft-article", "/en/neck-pain",
                "/en/neck-pain/archived-article", "/en/treatments/cupping")) {
            var response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("application/ld+json");
        }
    }
}

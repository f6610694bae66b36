package org.evidenz.interop.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenz.interop.lookup.CdsHooksTest.SERVICE;
import static org.evidenz.interop.lookup.CdsHooksTest.bundle;
import static org.evidenz.interop.lookup.CdsHooksTest.coding;
import static org.evidenz.interop.lookup.CdsHooksTest.condition;
import static org.evidenz.interop.lookup.CdsHooksTest.patient;
import static org.evidenz.interop.lookup.CdsHooksTest.request;
import static org.evidenz.interop.lookup.InfobuttonTest.ENGLISH_ARTICLE;
import static org.evidenz.interop.lookup.InfobuttonTest.ICD_10_GM_2014;
import static org.evidenz.interop.lookup.InfobuttonTest.SNOMED;
import static org.evidenz.interop.lookup.InfobuttonTest.WHO;
import static org.evidenz.interop.lookup.InfobuttonTest.infobutton;
import static org.evidenz.interop.lookup.InfobuttonTest.parse;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.evidenz.bundle.BundleFixture;
import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndFeed;

/**
 * Invariant 1 for the look-up by diagnosis code: neither the Infobutton feed nor a CDS Hooks card ever points to an
 * unpublished article, nor to a topic whose only article is archived, even when the code asked for is exactly
 * that topic's condition's. Its content differs from the demo's, so it runs an application of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:lookup-drafts;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/lookup-drafts", "evidenz.jobs.enabled=false",
        "evidenz.bundle.load-demo=false"})
@Import(FixedClock.class)
class LookupNeverPointsToUnpublishedTest {

    /** Test content: the codes of "neck pain" as ICD-10 files it (M54.2 Cervicalgia) and SNOMED CT (Neck pain). */
    private static final String NECK_PAIN_ICD = "M54.2";
    private static final String NECK_PAIN_SNOMED = "81680005";

    @LocalServerPort
    int port;

    @Autowired
    BundleReader reader;

    @Autowired
    ContentImport importer;

    @TempDir
    Path folder;

    private Http http;
    private LookupClient client;

    /**
     * The demo bundle, its condition also coded in the 2014 catalogue, plus a draft article on the demo topic and a
     * topic on neck pain whose only article is archived.
     */
    @BeforeEach
    void loadBundleWithUnpublishedContent() {
        BundleFixture bundle = BundleFixture.copyOfDemo(folder);
        bundle.replace("en/conditions.yaml", "    codes:\n", """
                    codes:
                      - system: ICD-10-GM
                        code: M54.5
                        display: Kreuzschmerz
                        version: "2014"
                """);
        bundle.replace("en/conditions.yaml", "conditions:\n", """
                conditions:
                  - id: neck-pain
                    slug: neck-pain
                    name: Neck pain
                    lay-names: []
                    description: Pain in the neck.
                    codes:
                      - system: ICD-10-GM
                        code: %s
                        display: Zervikalneuralgie
                        version: "2014"
                      - system: SNOMED-CT
                        code: "%s"
                        display: Neck pain
                """.formatted(NECK_PAIN_ICD, NECK_PAIN_SNOMED));
        bundle.replace("en/topics.yaml", "topics:\n", """
                topics:
                  - id: neck-pain
                    slug: neck-pain
                    title: Neck pain
                    summary: A topic whose only article is archived.
                    condition: neck-pain
                """);
        bundle.write("en/articles/draft-article.md", article("draft-article", "low-back-pain", "DRAFT"));
        bundle.write("en/articles/archived-article.md", article("archived-article", "neck-pain", "ARCHIVED"));
        importer.replaceAll(reader.read(bundle.root()), "test");
        http = new Http(port);
        client = new LookupClient(port);
    }

    private static String article(String id, String topic, String status) {
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
                treatments: [massage]
                ---

                ## Text {#text layer=short-answer}

                Not for readers [@mu-2020].
                """.formatted(id, topic, id, id, status);
    }

    @Test
    void infobuttonListsOnlyThePublishedArticleOfATopic() throws Exception {
        for (String request : List.of(infobutton(WHO, "M54.5", "en", null),
                infobutton(ICD_10_GM_2014, "M54.5", "en", null), infobutton(SNOMED, "279039007", "en", null))) {
            String atom = http.get(request).body();
            SyndFeed feed = parse(atom);
            assertThat(feed.getEntries()).as(request).extracting(e -> URI.create(e.getLink()).getPath())
                    .containsExactly(ENGLISH_ARTICLE);
            assertThat(atom).as(request).doesNotContain("draft-article", "Unpublished", "Not for readers");
            String json = http.get(request + "&knowledgeResponseType=application/json").body();
            assertThat(json).as(request).doesNotContain("draft-article", "Unpublished", "Not for readers");
        }
    }

    @Test
    void infobuttonNeverFindsATopicWhoseOnlyArticleIsArchived() throws Exception {
        for (String request : List.of(infobutton(WHO, NECK_PAIN_ICD, "en", null),
                infobutton(ICD_10_GM_2014, NECK_PAIN_ICD, "en", null), infobutton(SNOMED, NECK_PAIN_SNOMED, "en",
                        null), infobutton(WHO, NECK_PAIN_ICD, "en", "application/json"))) {
            String body = http.get(request).body();
            assertThat(body).as(request).doesNotContain("neck-pain", "archived-article", "Unpublished");
            if (!request.endsWith("json")) {
                assertThat(parse(body).getEntries()).as(request).isEmpty();
            } else {
                assertThat(JsonPath.<List<?>>read(body, "$.feed.entry")).isEmpty();
            }
        }
    }

    @Test
    void cdsHooksNeverCardsOrLinksUnpublishedContent() {
        String conditions = bundle(
                condition(coding("http://fhir.de/CodeSystem/bfarm/icd-10-gm", "M54.5", "2014")),
                condition(coding("http://fhir.de/CodeSystem/bfarm/icd-10-gm", NECK_PAIN_ICD, "2014")),
                condition(coding("http://snomed.info/sct", NECK_PAIN_SNOMED, null)));

        String body = client.postJson(SERVICE, request(patient("en"), conditions)).body();

        assertThat(JsonPath.<List<?>>read(body, "$.cards")).as(body).hasSize(1);
        assertThat(JsonPath.<List<String>>read(body, "$.cards[*].links[*].url"))
                .extracting(url -> URI.create(url).getPath()).containsExactly(ENGLISH_ARTICLE);
        assertThat(body).doesNotContain("neck-pain", "Neck pain", "draft-article", "archived-article", "Unpublished");
    }
}

package org.evidenz.support;

import java.nio.file.Path;
import java.util.List;

import org.evidenz.bundle.BundleFixture;
import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentImport;

/**
 * The content every draft-leak test loads: the demo bundle plus what no reader may ever see, one channel after
 * another (pages, API, search, look-up, schema.org, sitemap, FHIR). Beside the demo's published article it holds
 * <ul>
 * <li>a draft article on the demo topic that presents massage and a treatment no published article presents;</li>
 * <li>that treatment;</li>
 * <li>a topic on neck pain, coded ICD-10-GM {@value #NECK_PAIN_ICD} (2014) and SNOMED CT {@value #NECK_PAIN_SNOMED},
 * whose only article is archived.</li>
 * </ul>
 * The demo's condition is also coded in the 2014 catalogue, so that a look-up by that year's OID finds the topic.
 */
public final class UnpublishedContent {

    public static final String DRAFT_ARTICLE = "draft-article";
    public static final String ARCHIVED_ARTICLE = "archived-article";
    public static final String TREATMENT = "unpublished-treatment";
    public static final String TOPIC = "neck-pain";
    /** The codes of neck pain as ICD-10 files it (M54.2 Cervicalgia) and SNOMED CT (Neck pain). */
    public static final String NECK_PAIN_ICD = "M54.2";
    public static final String NECK_PAIN_SNOMED = "81680005";

    /** Words only the unpublished content uses: none of them may appear in any public answer. */
    public static final List<String> WORDS = List.of(DRAFT_ARTICLE, ARCHIVED_ARTICLE, TREATMENT, TOPIC,
            "Draft Article Title", "Archived Article Title", "Secret Treatment", "Neck pain", "Not for readers");

    private UnpublishedContent() {
    }

    /** Replaces all content of the running application with the demo bundle plus the unpublished content. */
    public static void load(BundleReader reader, ContentImport importer, Path folder) {
        importer.replaceAll(reader.read(bundle(folder).root()), "test");
    }

    /** The demo bundle plus the unpublished content, written into {@code folder}, for a test to add to. */
    public static BundleFixture bundle(Path folder) {
        BundleFixture bundle = BundleFixture.copyOfDemo(folder);
        bundle.replace("en/treatments.yaml", "treatments:\n", """
                treatments:
                  - id: %s
                    slug: %s
                    name: Secret Treatment
                    kind: PASSIVE
                    summary: Only a draft presents it.
                    description: Not for readers.
                    plausibility: NOT_ASSESSED
                """.formatted(TREATMENT, TREATMENT));
        bundle.replace("en/conditions.yaml", "    codes:\n", """
                    codes:
                      - system: ICD-10-GM
                        code: M54.5
                        display: Kreuzschmerz
                        version: "2014"
                """);
        bundle.replace("en/conditions.yaml", "conditions:\n", """
                conditions:
                  - id: %s
                    slug: %s
                    name: Neck pain
                    lay-names: []
                    description: Not for readers.
                    codes:
                      - system: ICD-10-GM
                        code: %s
                        display: Zervikalneuralgie
                        version: "2014"
                      - system: SNOMED-CT
                        code: "%s"
                        display: Neck pain
                """.formatted(TOPIC, TOPIC, NECK_PAIN_ICD, NECK_PAIN_SNOMED));
        bundle.replace("en/topics.yaml", "topics:\n", """
                topics:
                  - id: %s
                    slug: %s
                    title: Neck pain
                    summary: A topic whose only article is archived.
                    condition: %s
                """.formatted(TOPIC, TOPIC, TOPIC));
        bundle.write("en/articles/" + DRAFT_ARTICLE + ".md", article(DRAFT_ARTICLE, "low-back-pain", "DRAFT",
                "Draft Article Title", "[massage, " + TREATMENT + "]"));
        bundle.write("en/articles/" + ARCHIVED_ARTICLE + ".md", article(ARCHIVED_ARTICLE, TOPIC, "ARCHIVED",
                "Archived Article Title", "[" + TREATMENT + "]"));
        return bundle;
    }

    private static String article(String id, String topic, String status, String title, String treatments) {
        return """
                ---
                id: %s
                topic: %s
                slug: %s
                title: %s
                summary: Not for readers.
                status: %s
                updated: 2026-01-10
                next-review: 2029
                treatments: %s
                ---

                ## Text {#text layer=short-answer}

                Not for readers [@mu-2020].
                """.formatted(id, topic, id, title, status, treatments);
    }
}

package org.evidenz.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.evidenz.bundle.BundleFixture;
import org.evidenz.support.UnpublishedContent;
import org.evidenz.support.UnpublishedContentTest;
import org.hl7.fhir.r5.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invariant 1 for FHIR: no read, no search and no {@code $document} ever serves a draft or archived article, a
 * treatment only such an article presents (nor its findings), a topic's condition whose only article is archived, or
 * a source only a draft cites. It runs on the draft-leak tests' shared application.
 */
class FhirNeverServesUnpublishedContentTest extends UnpublishedContentTest {

    /** What only unpublished content holds; none of it may appear in any answer. */
    static final List<String> UNPUBLISHED = Stream.concat(UnpublishedContent.WORDS.stream(),
            Stream.of("secret-finding", "Secret outcome", "secret-source-2099", "Secret Source Title")).toList();

    private FhirHttp fhir;

    /**
     * The unpublished content of every draft-leak test, plus a finding of the treatment only the draft presents, and
     * the source that only this finding cites.
     */
    @Override
    protected BundleFixture content(Path folder) {
        BundleFixture bundle = super.content(folder);
        bundle.replace("en/findings.yaml", "findings:\n", """
                findings:
                  - id: secret-finding
                    treatment: %s
                    condition: %s
                    phase: NOT_STATED
                    outcome: Secret outcome
                    direction: BENEFIT
                    size: LARGE
                    duration: NOT_STATED
                    certainty: HIGH
                    statement: |
                      Not for readers.
                    sources:
                      - secret-source-2099

                """.formatted(UnpublishedContent.TREATMENT, UnpublishedContent.TOPIC));
        bundle.replace("sources.yaml", "sources:\n", """
                sources:
                  - id: secret-source-2099
                    type: article-journal
                    authors:
                      - family: Nobody
                        given: N
                    more-authors: false
                    title: Secret Source Title
                    container-title: Nowhere
                    year: 2099

                """);
        return bundle;
    }

    @BeforeEach
    void client() {
        fhir = new FhirHttp(port);
    }

    @Test
    void readingUnpublishedContentByItsIdAnswersNotFound() {
        for (String path : List.of("/fhir/Composition/en-draft-article", "/fhir/Composition/en-archived-article",
                "/fhir/Composition/en-draft-article/$document", "/fhir/Composition/en-archived-article/$document",
                "/fhir/Evidence/en-secret-finding", "/fhir/EvidenceVariable/en-treatment-unpublished-treatment",
                "/fhir/EvidenceVariable/en-outcome-secret-finding", "/fhir/Group/en-neck-pain",
                "/fhir/Citation/secret-source-2099")) {
            var response = fhir.http().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("OperationOutcome");
        }
        assertThat(fhir.http().get("/fhir/Composition/en-passive-treatments").statusCode()).as("the published one")
                .isEqualTo(200);
    }

    @Test
    void noSearchFindsUnpublishedContent() {
        for (String type : FhirResourcesValidateTest.TYPES) {
            for (String query : List.of("", "?_language=en", "?title:contains=secret", "?identifier=secret-finding",
                    "?identifier=draft-article", "?_count=1")) {
                if (query.startsWith("?title") && (type.equals("Group"))) {
                    continue; // Groups are searched by name
                }
                for (String resource : fhir.everyResource("/fhir/" + type + query)) {
                    assertThat(resource).as(type + query).doesNotContain(UNPUBLISHED);
                }
            }
        }
        for (String resource : fhir.everyResource("/fhir/Group?name=neck")) {
            assertThat(resource).doesNotContain(UNPUBLISHED);
        }
        assertThat(fhir.everyResource("/fhir/Composition")).as("only the published article, in both languages")
                .hasSize(2);
        assertThat(fhir.everyResource("/fhir/Evidence?identifier=massage-chronic-pain-short-term"))
                .as("the published content is found").hasSize(2);
    }

    @Test
    void aLaterPageFoundBeforeContentChangedIsGoneRatherThanStale() {
        Bundle first = fhir.bundle("/fhir/Evidence?_count=1");
        String next = FhirHttp.local(first.getLink("next").getUrl());
        assertThat(fhir.http().get(next).statusCode()).as("while the content is unchanged").isEqualTo(200);

        importer.replaceAll(reader.read(folder), "test");

        var later = fhir.http().get(next, "Accept", "application/fhir+json");
        assertThat(later.statusCode()).isEqualTo(410);
        assertThat(later.body()).contains("OperationOutcome");
    }

    @Test
    void theDocumentOfThePublishedArticleHoldsNothingUnpublished() {
        String document = fhir.json("/fhir/Composition/en-passive-treatments/$document");
        assertThat(document).doesNotContain(UNPUBLISHED);
        Bundle bundle = FhirHttp.FHIR.newJsonParser().parseResource(Bundle.class, document);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType()).contains("Composition", "Evidence",
                "Citation");
    }
}

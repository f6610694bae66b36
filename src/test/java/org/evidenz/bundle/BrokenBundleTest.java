package org.evidenz.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken bundle is refused with every problem named by file, line, field and reason. */
class BrokenBundleTest {

    @TempDir
    Path folder;

    private BundleFixture bundle;

    @BeforeEach
    void copyDemo() {
        bundle = BundleFixture.copyOfDemo(folder);
    }

    private List<String> problems() {
        InvalidBundleException e = catchThrowableOfType(InvalidBundleException.class,
                () -> new BundleReader().read(bundle.root()));
        assertThat(e).as("the bundle is refused").isNotNull();
        return e.problems().stream().map(BundleProblem::toString).toList();
    }

    @Test
    void unknownSourceIdIsReportedWithFileLineAndField() {
        bundle.replace("en/findings.yaml", "      - mu-2020", "      - mu-2021");
        int line = bundle.lineOf("en/findings.yaml", "mu-2021");

        assertThat(problems()).containsExactly(
                "en/findings.yaml line " + line + ": findings[0].sources[0]: unknown source 'mu-2021'");
    }

    @Test
    void anArticleWhoseIdIsNotItsFileNameIsRefused() {
        bundle.replace("en/articles/passive-treatments.md", "id: passive-treatments", "id: passive-therapies");

        assertThat(problems()).containsExactly("en/articles/passive-treatments.md line 2: id: "
                + "'passive-therapies' must match the file name (passive-treatments.md)");
    }

    @Test
    void missingRequiredFieldIsReported() {
        bundle.replace("en/treatments.yaml", "    name: Acupuncture\n", "");

        assertThat(problems()).containsExactly("en/treatments.yaml line 2: treatments[0].name: required");
    }

    @Test
    void icd10GmCodeWithoutItsCatalogueYearIsRefused() {
        bundle.replace("en/conditions.yaml", "        version: \"2026\"\n", "");
        int line = bundle.lineOf("en/conditions.yaml", "- system: ICD-10-GM");

        assertThat(problems()).containsExactly("en/conditions.yaml line " + line + ": conditions[0].codes[0].version: "
                + "required for ICD-10-GM codes: the catalogue year, e.g. 2026");
    }

    @Test
    void icd10GmCatalogueVersionMustBeAYear() {
        bundle.replace("en/conditions.yaml", "version: \"2026\"", "version: latest");
        int line = bundle.lineOf("en/conditions.yaml", "version: latest");

        assertThat(problems()).containsExactly("en/conditions.yaml line " + line + ": conditions[0].codes[0].version: "
                + "'latest' is not a catalogue year such as 2026");
    }

    @Test
    void valueOutsideTheVocabularyListsTheAllowedValues() {
        bundle.replace("en/treatments.yaml", "kind: PASSIVE", "kind: PASIVE");
        int line = bundle.lineOf("en/treatments.yaml", "PASIVE");

        assertThat(problems()).containsExactly("en/treatments.yaml line " + line
                + ": treatments[0].kind: 'PASIVE' is not one of ACTIVE, PASSIVE");
    }

    @Test
    void duplicateSlugIsReported() {
        bundle.replace("en/treatments.yaml", "slug: electrotherapy", "slug: acupuncture");
        int line = bundle.lineOf("en/treatments.yaml", "  - id: electrotherapy") + 1;

        assertThat(problems()).containsExactly("en/treatments.yaml line " + line
                + ": treatments[1].slug: duplicate treatment slug 'acupuncture'");
    }

    @Test
    void misspelledFieldIsNotIgnored() {
        bundle.replace("en/findings.yaml", "    size: SMALL\n", "    size: SMALL\n    sise: SMALL\n");
        int line = bundle.lineOf("en/findings.yaml", "sise");

        assertThat(problems()).containsExactly("en/findings.yaml line " + line + ": findings[0].sise: unknown field");
    }

    @Test
    void evidenceStatementWithoutSourceIsRefused() {
        bundle.replace("en/findings.yaml", "    sources:\n      - mu-2020\n      - chou-2017\n", "");

        assertThat(problems()).singleElement().asString()
                .endsWith("findings[0].sources: an evidence statement must name at least one source");
    }

    @Test
    void unknownVariantOfATreatmentIsReported() {
        bundle.replace("en/treatments.yaml", "variant: pens", "variant: pems");

        assertThat(problems()).singleElement().asString()
                .endsWith("treatments[1].harms[0].variant: unknown variant 'pems' of treatment 'electrotherapy'");
    }

    @Test
    void citationInArticleTextMustNameAKnownSource() {
        bundle.replace("en/articles/passive-treatments.md", "[@iqwig-2022]", "[@iqwig-2023]");
        int line = bundle.lineOf("en/articles/passive-treatments.md", "iqwig-2023");

        assertThat(problems()).containsExactly("en/articles/passive-treatments.md line " + line
                + ": unknown source 'iqwig-2023'");
    }

    @Test
    void unknownBlockIsReported() {
        bundle.replace("en/articles/passive-treatments.md", "{{comparison-table}}", "{{comparison}}");

        assertThat(problems()).singleElement().asString().contains("unknown block {{comparison}}; known blocks: "
                + "active-treatments, comparison-table, coverage, recommendations, treatment-cards");
    }

    @Test
    void nextReviewMustLieAfterTheLastUpdate() {
        bundle.replace("en/articles/passive-treatments.md", "next-review: 2025", "next-review: 2021");
        int line = bundle.lineOf("en/articles/passive-treatments.md", "next-review");

        assertThat(problems()).containsExactly("en/articles/passive-treatments.md line " + line + ": next-review: "
                + "must lie after the last update (2022-12-05)");
    }

    @Test
    void malformedSectionHeadingIsReported() {
        bundle.replace("en/articles/passive-treatments.md", "## Who pays? {#who-pays layer=details}",
                "## Who pays?");
        int line = bundle.lineOf("en/articles/passive-treatments.md", "## Who pays?");

        assertThat(problems()).as("one problem, not one per line of the section's text")
                .containsExactly("en/articles/passive-treatments.md line " + line + ": a section heading looks like "
                        + "'## Title {#anchor layer=details}'; a heading inside a section starts with '### '");
    }

    @Test
    void eachPartOfASectionHeadingIsCheckedOnItsOwn() {
        bundle.replace("en/articles/passive-treatments.md", "## Who pays? {#who-pays layer=details}",
                "## Who pays? {#Who pays layer=detail}");
        int line = bundle.lineOf("en/articles/passive-treatments.md", "## Who pays?");

        assertThat(problems()).containsExactlyInAnyOrder(
                "en/articles/passive-treatments.md line " + line + ": anchor: 'Who pays' is not a valid anchor: use "
                        + "lower-case letters, digits and hyphens, e.g. who-pays",
                "en/articles/passive-treatments.md line " + line + ": layer: 'detail' is not one of short-answer, "
                        + "details, studies");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        bundle.replace("en/topics.yaml", "    title: Low back pain", "    title: [Low back pain");

        assertThat(problems()).first().asString()
                .startsWith("en/topics.yaml line 5: not valid YAML: expected ',' or ']'");
    }

    @Test
    void topicMayNotHideTheSitesOwnPages() {
        bundle.replace("en/topics.yaml", "slug: low-back-pain", "slug: glossary");

        assertThat(problems()).singleElement().asString()
                .endsWith("topics[0].slug: 'glossary' is reserved for the site's own pages; choose another slug");
    }

    @Test
    void unknownLanguageFolderIsReported() {
        bundle.write("fr/topics.yaml", "topics: []\n");

        assertThat(problems()).singleElement().asString().startsWith("fr: unknown entry");
    }

    @Test
    void tooLongTextIsRefusedBeforeTheDatabaseCouldCutIt() {
        bundle.replace("en/topics.yaml", "    title: Low back pain", "    title: " + "x".repeat(1001));

        assertThat(problems()).singleElement().asString()
                .endsWith("topics[0].title: too long: 1001 characters, at most 1000");
    }

    @Test
    void everyProblemIsReportedInOneRun() {
        bundle.replace("en/treatments.yaml", "kind: PASSIVE", "kind: PASIVE")
                .replace("en/findings.yaml", "      - mu-2020", "      - mu-2021")
                .replace("en/articles/passive-treatments.md", "{{comparison-table}}", "{{comparison}}")
                .replace("sources.yaml", "type: guideline", "type: guidance");

        assertThat(problems()).hasSize(4);
    }
}

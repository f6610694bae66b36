package org.evidenz.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleStatus;
import org.evidenz.glossary.Term;
import org.evidenz.prose.ProseSyntax;
import org.evidenz.shared.Language;
import org.evidenz.shared.PlannedDate;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentKind;
import org.junit.jupiter.api.Test;

/** The demo topic holds what the seed article states, and every statement names its sources. */
class DemoBundleTest {

    private final Bundle bundle = new BundleReader().readClasspath("content");
    private final Edition english = edition("EN");
    private final Edition german = edition("DE");

    private Edition edition(String language) {
        return bundle.editions().stream().filter(e -> e.language().name().equals(language)).findFirst().orElseThrow();
    }

    @Test
    void holdsAllThirteenSourcesAndAGermanAndAnEnglishEdition() {
        assertThat(bundle.sources()).hasSize(13);
        assertThat(bundle.editions()).extracting(Edition::language).extracting(Enum::name)
                .containsExactlyInAnyOrder("DE", "EN");
    }

    @Test
    void presentsTheTwelvePassiveTreatmentsOfTheSeedInItsOrderAndTheActiveOnesItNames() {
        assertThat(english.treatments().stream().filter(t -> t.kind() == TreatmentKind.PASSIVE).map(Treatment::id))
                .containsExactly("acupuncture", "electrotherapy", "kinesiology-taping", "short-wave-diathermy",
                        "laser-therapy", "magnetic-field-therapy", "manual-therapy", "massage", "osteopathy",
                        "heat-cold", "therapeutic-ultrasound", "traction");
        assertThat(english.treatments().stream().filter(t -> t.kind() == TreatmentKind.ACTIVE).map(Treatment::id))
                .containsExactly("strengthening-stretching-exercises", "pilates", "yoga", "relaxation-techniques",
                        "cognitive-behavioral-therapy");
        Treatment electrotherapy = english.treatments().get(1);
        assertThat(electrotherapy.variants()).extracting(v -> v.id())
                .containsExactly("tens", "pens", "interferential-current");
        Treatment manualTherapy = english.treatments().get(6);
        assertThat(manualTherapy.aliases()).contains("chiropractic adjustment");
    }

    @Test
    void articleWasUpdatedOnFifthDecember2022AndIsDueForReviewIn2025() {
        Article article = english.articles().get(0);

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.updated()).isEqualTo(LocalDate.of(2022, 12, 5));
        assertThat(article.nextReview()).isEqualTo(PlannedDate.ofYear(2025));
        assertThat(article.isReviewOverdue(LocalDate.of(2026, 11, 23))).isTrue();
    }

    @Test
    void everyEvidenceStatementNamesAtLeastOneSource() {
        Stream<List<String>> statements = Stream.of(
                english.findings().stream().map(f -> f.sourceIds()),
                english.harms().stream().map(h -> h.sourceIds()),
                english.coverage().stream().map(c -> c.sourceIds()),
                english.guidelines().stream().flatMap(g -> g.recommendations().stream()).map(r -> r.sourceIds()))
                .flatMap(s -> s);

        assertThat(statements).allSatisfy(sources -> assertThat(sources).isNotEmpty());
    }

    @Test
    void everySourceIsCitedOrListedAsConsulted() {
        Article article = english.articles().get(0);
        var cited = new java.util.HashSet<String>(article.furtherSourceIds());
        article.sections().forEach(s -> cited.addAll(ProseSyntax.citedSourceIds(s.body())));
        english.findings().forEach(f -> cited.addAll(f.sourceIds()));
        english.harms().forEach(h -> cited.addAll(h.sourceIds()));
        english.coverage().forEach(c -> cited.addAll(c.sourceIds()));
        english.guidelines().forEach(g -> g.recommendations().forEach(r -> cited.addAll(r.sourceIds())));
        english.treatments().forEach(t -> Stream.of(t.description(), t.mechanism(), t.plausibilityNote(),
                t.practitionerNote()).forEach(text -> cited.addAll(ProseSyntax.citedSourceIds(text))));

        assertThat(cited).containsExactlyInAnyOrderElementsOf(bundle.sources().stream().map(s -> s.id()).toList());
    }

    @Test
    void glossaryRestoresTheLinksTheSeedCopyLost() {
        assertThat(english.glossary()).extracting(Term::id)
                .contains("infection", "messenger-substances", "cold-therapy");
        assertThat(english.glossary()).filteredOn(t -> t.id().equals("messenger-substances"))
                .flatExtracting(Term::forms).contains("hormones");
    }

    @Test
    void guidelineRecommendsAgainstTheFiveTreatmentsTheSeedNamesAndNothingMore() {
        var recommendations = english.guidelines().get(0).recommendations();

        assertThat(recommendations).hasSize(2);
        assertThat(recommendations).filteredOn(r -> r.direction().name().equals("AGAINST"))
                .flatExtracting(r -> r.treatmentIds())
                .containsExactly("kinesiology-taping", "short-wave-diathermy", "laser-therapy",
                        "magnetic-field-therapy", "therapeutic-ultrasound");
        assertThat(recommendations).allSatisfy(r -> assertThat(r.strength().name()).isEqualTo("NOT_STATED"));
    }

    @Test
    void germanEditionStatesTheSameFactsWithTheSameSourcesAsTheEnglishOne() {
        assertThat(german.findings()).extracting(f -> List.of(f.id(), f.treatmentId(), String.valueOf(f.variantId()),
                f.phase(), f.direction(), f.size(), f.duration(), f.certainty(), f.sourceIds()))
                .containsExactlyElementsOf(english.findings().stream().map(f -> List.of(f.id(), f.treatmentId(),
                        String.valueOf(f.variantId()), f.phase(), f.direction(), f.size(), f.duration(),
                        f.certainty(), f.sourceIds())).toList());
        assertThat(german.harms()).extracting(h -> List.of(h.id(), h.frequency(), h.seriousness(), h.sourceIds()))
                .containsExactlyElementsOf(english.harms().stream()
                        .map(h -> List.of(h.id(), h.frequency(), h.seriousness(), h.sourceIds())).toList());
        assertThat(german.coverage()).extracting(c -> c.sourceIds())
                .containsExactlyElementsOf(english.coverage().stream().map(c -> c.sourceIds()).toList());
        assertThat(german.treatments()).extracting(Treatment::id)
                .containsExactlyElementsOf(english.treatments().stream().map(Treatment::id).toList());
        assertThat(german.glossary()).extracting(Term::id)
                .containsExactlyInAnyOrderElementsOf(english.glossary().stream().map(Term::id).toList());
        var germanSections = german.articles().get(0).sections();
        var englishSections = english.articles().get(0).sections();
        assertThat(germanSections).hasSameSizeAs(englishSections);
        for (int i = 0; i < englishSections.size(); i++) {
            assertThat(ProseSyntax.citedSourceIds(germanSections.get(i).body()))
                    .as("sources cited in German section %s", germanSections.get(i).anchor())
                    .containsExactlyElementsOf(ProseSyntax.citedSourceIds(englishSections.get(i).body()));
        }
    }

    @Test
    void germanEditionUsesTheNamesGermanReadersUse() {
        assertThat(german.articles().get(0).slug()).isEqualTo("passive-behandlungen");
        assertThat(german.topics().get(0).slug()).isEqualTo("rueckenschmerzen");
        assertThat(german.conditions().get(0).layNames()).contains("Rückenschmerzen", "Kreuzschmerzen");
        assertThat(german.glossary()).flatExtracting(Term::forms).contains("IGeL");
        assertThat(german.treatments()).flatExtracting(Treatment::aliases).contains("Krankengymnastik");
    }

    @Test
    void itsOnePictureWasDrawnForEvidenzIsDescribedInBothLanguagesAndShownInBothArticles() {
        assertThat(bundle.pictures()).singleElement().satisfies(picture -> {
            assertThat(picture.id()).isEqualTo("active-and-passive");
            assertThat(picture.credit()).isEqualTo("Evidenz");
            assertThat(picture.licence()).isEqualTo("CC BY 4.0");
            for (Language language : Language.values()) {
                assertThat(picture.texts().get(language).alt()).as(language.code()).isNotBlank();
            }
        });
        for (Edition edition : bundle.editions()) {
            assertThat(edition.articles().getFirst().sections().stream()
                    .flatMap(section -> ProseSyntax.imageIds(section.body()).stream()))
                    .as(edition.language().code()).containsExactly("active-and-passive");
        }
    }
}

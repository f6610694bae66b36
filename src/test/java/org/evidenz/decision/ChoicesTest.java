package org.evidenz.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.evidenz.shared.Language;
import org.evidenz.treatment.Plausibility;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentKind;
import org.junit.jupiter.api.Test;

/** A reader's choice of options is checked against the article's treatments; what is wrong is said, the rest kept. */
class ChoicesTest {

    private static final List<Treatment> OFFERED = List.of(treatment("acupuncture"), treatment("massage"),
            treatment("yoga"), treatment("pilates"), treatment("traction"), treatment("osteopathy"));

    private static Treatment treatment(String slug) {
        return new Treatment(Language.EN, slug, slug, slug.toUpperCase(), TreatmentKind.PASSIVE, "Summary",
                "Description", null, Plausibility.NOT_ASSESSED, null, null, null, List.of(), List.of());
    }

    private static List<String> slugs(Choices choices) {
        return choices.chosen().stream().map(Treatment::slug).toList();
    }

    private static List<String> keys(Choices choices) {
        return choices.problems().stream().map(Problem::key).toList();
    }

    @Test
    void twoToFourKnownOptionsAreComparableInTheReadersOrder() {
        Choices choices = Choices.of(List.of("yoga", "acupuncture", "massage"), OFFERED);

        assertThat(choices.comparable()).isTrue();
        assertThat(choices.problems()).isEmpty();
        assertThat(slugs(choices)).containsExactly("yoga", "acupuncture", "massage");
        assertThat(choices.query()).isEqualTo("t=yoga&t=acupuncture&t=massage");
    }

    @Test
    void nothingChosenYetIsNoProblemButNoComparison() {
        Choices choices = Choices.of(List.of(), OFFERED);

        assertThat(choices.comparable()).isFalse();
        assertThat(choices.problems()).isEmpty();
    }

    @Test
    void oneOptionIsTooFew() {
        Choices choices = Choices.of(List.of("massage"), OFFERED);

        assertThat(choices.comparable()).isFalse();
        assertThat(keys(choices)).containsExactly("decision.problem.too-few");
        assertThat(slugs(choices)).containsExactly("massage");
    }

    @Test
    void moreThanFourAreTooManyAndAllStayChosenForTheReaderToUntick() {
        Choices choices = Choices.of(List.of("acupuncture", "massage", "yoga", "pilates", "traction"), OFFERED);

        assertThat(choices.comparable()).isFalse();
        assertThat(choices.problems()).containsExactly(Problem.of("decision.problem.too-many", 5, 4));
        assertThat(slugs(choices)).hasSize(5);
    }

    @Test
    void aDuplicateIsShownOnceAndSaidSo() {
        Choices choices = Choices.of(List.of("massage", "yoga", "massage"), OFFERED);

        assertThat(choices.comparable()).isTrue();
        assertThat(slugs(choices)).containsExactly("massage", "yoga");
        assertThat(choices.problems()).containsExactly(Problem.of("decision.problem.duplicate", "MASSAGE"));
    }

    @Test
    void anUnknownOrMarkedUpSlugIsNamedAndLeftOut() {
        Choices choices = Choices.of(List.of("massage", "<script>alert(1)</script>", "yoga", "cupping"), OFFERED);

        assertThat(choices.comparable()).isTrue();
        assertThat(slugs(choices)).containsExactly("massage", "yoga");
        assertThat(choices.problems()).containsExactly(
                Problem.of("decision.problem.unknown", "<script>alert(1)</script>"),
                Problem.of("decision.problem.unknown", "cupping"));
    }

    @Test
    void twentySlugsAreTooManyAndTheUnknownOnesBeyondFiveAreCounted() {
        List<String> twenty = IntStream.rangeClosed(1, 14).mapToObj(i -> "unknown-" + i)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        twenty.addAll(OFFERED.stream().map(Treatment::slug).toList());

        Choices choices = Choices.of(twenty, OFFERED);

        assertThat(twenty).hasSize(20);
        assertThat(choices.comparable()).isFalse();
        assertThat(keys(choices)).containsExactly("decision.problem.unknown", "decision.problem.unknown",
                "decision.problem.unknown", "decision.problem.unknown", "decision.problem.unknown",
                "decision.problem.unknown-more", "decision.problem.too-many");
        assertThat(choices.problems()).contains(Problem.of("decision.problem.unknown-more", 9L));
        assertThat(slugs(choices)).hasSize(6);
    }

    @Test
    void aVeryLongValueIsRepeatedOnlyInPartAndFloodsAreCutOff() {
        String longValue = "x".repeat(300);
        Choices choices = Choices.of(Collections.nCopies(60, longValue), OFFERED);

        assertThat(choices.problems()).contains(Problem.of("decision.problem.ignored", 10),
                Problem.of("decision.problem.unknown", "x".repeat(40) + "…"));
    }

    @Test
    void blankValuesAreIgnored() {
        Choices choices = Choices.of(List.of(" ", "massage", "", " yoga "), OFFERED);

        assertThat(choices.problems()).isEmpty();
        assertThat(slugs(choices)).containsExactly("massage", "yoga");
    }
}

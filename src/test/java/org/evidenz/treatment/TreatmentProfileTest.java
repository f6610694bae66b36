package org.evidenz.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.evidenz.evidence.Certainty;
import org.evidenz.evidence.EffectDuration;
import org.evidenz.evidence.EffectSize;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.FindingDirection;
import org.evidenz.evidence.Phase;
import org.evidenz.shared.Language;
import org.evidenz.treatment.TreatmentProfile.DurationSummary;
import org.junit.jupiter.api.Test;

/** What the comparison table says about a treatment follows from its findings and nothing else. */
class TreatmentProfileTest {

    private static final Treatment MASSAGE = new Treatment(Language.EN, "massage", "massage", "Massage",
            TreatmentKind.PASSIVE, "Summary", "Description", null, Plausibility.NOT_ASSESSED, null, null, null,
            List.of(), List.of(new Variant("thai", "Thai massage", null)));

    private static EvidenceFinding finding(String variant, FindingDirection direction, EffectSize size,
            EffectDuration duration) {
        return new EvidenceFinding(Language.EN, direction + "-" + duration + "-" + variant, "massage", variant,
                "nonspecific-low-back-pain", Phase.CHRONIC, "Pain", null, direction, size, duration,
                Certainty.NOT_RATED, null, "Statement", List.of("source"));
    }

    private static TreatmentProfile profile(EvidenceFinding... findings) {
        return new TreatmentProfile(MASSAGE, List.of(findings), List.of(), List.of(), List.of());
    }

    @Test
    void shortTermBenefitWithoutLastingEffectIsShortTermOnly() {
        TreatmentProfile profile = profile(
                finding(null, FindingDirection.BENEFIT, EffectSize.SMALL, EffectDuration.SHORT_TERM),
                finding(null, FindingDirection.NO_BENEFIT, EffectSize.NOT_STATED, EffectDuration.LONG_TERM));

        assertThat(profile.duration()).isEqualTo(DurationSummary.SHORT_TERM_ONLY);
        assertThat(SummaryKeys.effect(profile.headline().orElseThrow())).isEqualTo("effect.BENEFIT.SMALL");
    }

    @Test
    void headlineIsAboutTheWholeTreatmentNotAVariant() {
        EvidenceFinding variantFinding = finding("thai", FindingDirection.CONFLICTING, EffectSize.NOT_STATED,
                EffectDuration.NOT_STATED);
        EvidenceFinding wholeFinding = finding(null, FindingDirection.INSUFFICIENT_EVIDENCE, EffectSize.NOT_STATED,
                EffectDuration.NOT_STATED);

        assertThat(profile(variantFinding, wholeFinding).headline()).contains(wholeFinding);
        assertThat(profile(variantFinding).headline()).contains(variantFinding);
    }

    @Test
    void durationDoesNotApplyWhereNoEffectWasShown() {
        assertThat(profile(finding(null, FindingDirection.INSUFFICIENT_EVIDENCE, EffectSize.NOT_STATED,
                EffectDuration.NOT_STATED)).duration()).isEqualTo(DurationSummary.NOT_APPLICABLE);
        assertThat(profile().duration()).isEqualTo(DurationSummary.NOT_APPLICABLE);
        assertThat(profile(finding(null, FindingDirection.BENEFIT, EffectSize.NOT_STATED,
                EffectDuration.NOT_STATED)).duration()).isEqualTo(DurationSummary.NOT_STATED);
    }

    @Test
    void benefitLabelNamesTheSizeOnlyWhenTheSourceStatesIt() {
        assertThat(SummaryKeys.effect(finding(null, FindingDirection.BENEFIT, EffectSize.NOT_STATED,
                EffectDuration.NOT_STATED))).isEqualTo("effect.BENEFIT.NOT_STATED");
        assertThat(SummaryKeys.effect(finding(null, FindingDirection.NO_BENEFIT, EffectSize.SMALL,
                EffectDuration.NOT_STATED))).isEqualTo("effect.NO_BENEFIT");
    }
}

package org.evidenz.treatment;

import java.util.List;
import java.util.Optional;

import org.evidenz.evidence.EffectDuration;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.FindingDirection;
import org.evidenz.evidence.Guideline;
import org.evidenz.evidence.Recommendation;

/**
 * Everything Evidenz knows about one treatment in one language: the treatment, what studies found, its harms,
 * what guidelines recommend and who pays.
 */
public record TreatmentProfile(
        Treatment treatment,
        List<EvidenceFinding> findings,
        List<Harm> harms,
        List<GuidelineRecommendation> recommendations,
        List<Coverage> coverage) {

    public TreatmentProfile {
        findings = List.copyOf(findings);
        harms = List.copyOf(harms);
        recommendations = List.copyOf(recommendations);
        coverage = List.copyOf(coverage);
    }

    /** A recommendation together with the guideline it comes from. */
    public record GuidelineRecommendation(Guideline guideline, Recommendation recommendation) {
    }

    /**
     * The finding a comparison shows first: the first one about the treatment as a whole (not one variant), in the
     * order the editors listed them.
     */
    public Optional<EvidenceFinding> headline() {
        return findings.stream().filter(f -> f.variantId() == null).findFirst()
                .or(() -> findings.stream().findFirst());
    }

    /** How long an effect lasted, summarised over all findings about the treatment as a whole. */
    public DurationSummary duration() {
        List<EvidenceFinding> whole = findings.stream().filter(f -> f.variantId() == null).toList();
        boolean shortTermBenefit = whole.stream().anyMatch(f -> f.direction() == FindingDirection.BENEFIT
                && f.duration() == EffectDuration.SHORT_TERM);
        boolean noLastingEffect = whole.stream().anyMatch(f -> f.direction() == FindingDirection.NO_BENEFIT
                && f.duration() == EffectDuration.LONG_TERM);
        if (shortTermBenefit && noLastingEffect) {
            return DurationSummary.SHORT_TERM_ONLY;
        }
        if (noLastingEffect) {
            return DurationSummary.NO_LASTING_EFFECT;
        }
        return headline().map(f -> switch (f.duration()) {
            case SHORT_TERM -> DurationSummary.SHORT_TERM;
            case LONG_TERM -> DurationSummary.LONG_TERM;
            // "How long" means nothing for an effect that was not shown.
            case NOT_STATED -> f.direction() == FindingDirection.BENEFIT || f.direction() == FindingDirection.HARM
                    ? DurationSummary.NOT_STATED : DurationSummary.NOT_APPLICABLE;
        }).orElse(DurationSummary.NOT_APPLICABLE);
    }

    public enum DurationSummary {
        SHORT_TERM_ONLY,
        NO_LASTING_EFFECT,
        SHORT_TERM,
        LONG_TERM,
        NOT_STATED,
        NOT_APPLICABLE
    }
}

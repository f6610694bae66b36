package org.evidenz.treatment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.evidenz.evidence.EvidenceFinding;

/**
 * One treatment in a side-by-side comparison: its headline finding, how long the effect lasted, how certain that
 * is, its main risks, the guideline's view and who pays. Built from structured data only, so the comparison and
 * the prose never disagree.
 */
public record ComparisonRow(TreatmentProfile profile, String anchor) {

    public Treatment treatment() {
        return profile.treatment();
    }

    public Optional<EvidenceFinding> headline() {
        return profile.headline();
    }

    public String effectKey() {
        return headline().map(SummaryKeys::effect).orElse("effect.none");
    }

    public String durationKey() {
        return "duration.summary." + profile.duration().name();
    }

    public boolean durationApplies() {
        return profile.duration() != TreatmentProfile.DurationSummary.NOT_APPLICABLE;
    }

    /** Serious harms first. */
    public List<Harm> harms() {
        return profile.harms().stream().sorted(Comparator.comparing(h -> h.seriousness() != Seriousness.SERIOUS))
                .toList();
    }

    public String variantName(String variantId) {
        return treatment().variant(variantId).map(Variant::name).orElse(variantId);
    }

    public Optional<TreatmentProfile.GuidelineRecommendation> recommendation() {
        return profile.recommendations().stream().findFirst();
    }

    public Optional<Coverage> coverage() {
        return profile.coverage().stream().findFirst();
    }
}

package org.evidenz.treatment;

import java.util.List;

import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.Guideline;
import org.evidenz.evidence.Recommendation;

/**
 * A treatment profile rendered for one page: its prose as sanitized HTML and each evidence statement with the
 * citation marker that links to the page's reference list. Built by {@link TreatmentCards}.
 */
public record TreatmentCard(
        TreatmentProfile profile,
        String descriptionHtml,
        String mechanismHtml,
        String plausibilityNoteHtml,
        String practitionerNoteHtml,
        List<VariantView> variants,
        List<FindingView> findings,
        List<HarmView> harms,
        List<RecommendationView> recommendations,
        List<CoverageView> coverage) {

    public Treatment treatment() {
        return profile.treatment();
    }

    /** The anchor of the card on an article page. */
    public String anchor() {
        return "treatment-" + treatment().id();
    }

    public record VariantView(Variant variant, String descriptionHtml) {
    }

    public record FindingView(EvidenceFinding finding, String variantName, String statementHtml, String citationHtml) {

        /** The message key of the effect in a few words, e.g. "Small benefit". */
        public String effectKey() {
            return SummaryKeys.effect(finding);
        }
    }

    public record HarmView(Harm harm, String variantName, String descriptionHtml, String precautionHtml,
            String citationHtml) {
    }

    public record RecommendationView(Guideline guideline, Recommendation recommendation, String statementHtml,
            String citationHtml) {
    }

    public record CoverageView(Coverage coverage, String noteHtml, String citationHtml) {

        /** The message key of the coverage in a few words, e.g. "Often self-pay (IGeL)". */
        public String summaryKey() {
            return SummaryKeys.coverage(coverage);
        }
    }
}

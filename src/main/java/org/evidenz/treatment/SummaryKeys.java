package org.evidenz.treatment;

import org.evidenz.evidence.EvidenceFinding;

/**
 * Message keys of the few-word summaries readers scan in badges and the comparison table: "Small benefit", "Often
 * self-pay (IGeL)". Templates look the text up in the page's language.
 */
public final class SummaryKeys {

    private SummaryKeys() {
    }

    public static String effect(EvidenceFinding finding) {
        return switch (finding.direction()) {
            case BENEFIT -> "effect.BENEFIT." + finding.size().name();
            default -> "effect." + finding.direction().name();
        };
    }

    public static String coverage(Coverage coverage) {
        return "coverage.summary." + coverage.status().name() + "." + coverage.extent().name();
    }
}

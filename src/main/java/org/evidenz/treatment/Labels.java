package org.evidenz.treatment;

import org.evidenz.evidence.EvidenceFinding;

/** Message keys for the few-word summaries readers scan: "Small benefit", "Often self-pay (IGeL)". */
public final class Labels {

    private Labels() {
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

package org.evidenz.treatment;

import org.evidenz.evidence.Certainty;
import org.evidenz.evidence.FindingDirection;
import org.evidenz.evidence.RecommendationDirection;

/**
 * The symbols beside a badge's label ({@link SummaryKeys}) in comparisons and cards, so that meaning never rests on
 * colour alone. Decorative: screen readers get the label next to them.
 */
public final class BadgeSymbols {

    private BadgeSymbols() {
    }

    public static String effect(FindingDirection direction) {
        return switch (direction) {
            case BENEFIT -> "+";
            case NO_BENEFIT -> "0";
            case CONFLICTING -> "±";
            case INSUFFICIENT_EVIDENCE -> "?";
            case HARM -> "!";
        };
    }

    public static String recommendation(RecommendationDirection direction) {
        return switch (direction) {
            case FOR -> "✓";
            case AGAINST -> "✗";
            case OPTIONAL -> "◐";
            case NONE -> "–";
        };
    }

    /** Filled and empty dots for the four GRADE levels, e.g. ●●○○ for low; four empty dots when not rated. */
    public static String certainty(Certainty certainty) {
        return "●".repeat(certainty.level()) + "○".repeat(4 - certainty.level());
    }
}

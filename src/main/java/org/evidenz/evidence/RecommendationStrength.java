package org.evidenz.evidence;

/** How strongly a guideline recommends; {@link #NOT_STATED} when our source does not say. */
public enum RecommendationStrength {
    STRONG,
    WEAK,
    NOT_STATED
}

package org.evidenz.evidence;

/**
 * What a guideline recommends. {@link #OPTIONAL}: may be used, e.g. only as an add-on to active treatment;
 * {@link #NONE}: the guideline considered it and made no recommendation either way.
 */
public enum RecommendationDirection {
    FOR,
    AGAINST,
    OPTIONAL,
    NONE
}

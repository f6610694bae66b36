package org.evidenz.evidence;

/** How large an effect was, as the source words it; {@link #NOT_STATED} when it does not say. */
public enum EffectSize {
    SMALL,
    MODERATE,
    LARGE,
    NOT_STATED
}

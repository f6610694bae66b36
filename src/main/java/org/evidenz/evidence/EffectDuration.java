package org.evidenz.evidence;

/** How long an effect lasted in the studies; {@link #NOT_STATED} when the source does not say. */
public enum EffectDuration {
    SHORT_TERM,
    LONG_TERM,
    NOT_STATED
}

package org.evidenz.treatment;

/** How often a harm occurs, in the words a source uses; {@link #NOT_STATED} when it does not say. */
public enum HarmFrequency {
    COMMON,
    SOMETIMES,
    RARE,
    VERY_RARE,
    NOT_STATED
}

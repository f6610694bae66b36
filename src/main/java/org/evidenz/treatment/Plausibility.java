package org.evidenz.treatment;

/**
 * How a source judges the mechanism a treatment is claimed to work by. {@link #NOT_ASSESSED} when the sources say
 * nothing about it: Evidenz never rates a mechanism itself.
 */
public enum Plausibility {
    PLAUSIBLE,
    UNCLEAR,
    NOT_PROVEN,
    IMPLAUSIBLE,
    NOT_ASSESSED
}

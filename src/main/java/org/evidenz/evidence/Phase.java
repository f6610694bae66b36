package org.evidenz.evidence;

/**
 * Whether a finding concerns acute or chronic forms of a condition; {@link #NOT_STATED} when the source does not
 * say.
 */
public enum Phase {
    ACUTE,
    CHRONIC,
    NOT_STATED
}

package org.evidenz.evidence;

/**
 * What studies found about a treatment's effect on an outcome. {@link #INSUFFICIENT_EVIDENCE} means "not proven":
 * too few or too weak studies to tell, which is a different claim from {@link #NO_BENEFIT} (studies showed no
 * effect).
 */
public enum FindingDirection {
    BENEFIT,
    NO_BENEFIT,
    CONFLICTING,
    INSUFFICIENT_EVIDENCE,
    HARM
}

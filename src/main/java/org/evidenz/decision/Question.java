package org.evidenz.decision;

/**
 * The questions patients ask of every option, in the order decision aids ask them. Each is answered for each option
 * from the structured data only; the message key {@code decision.question.<NAME>} is the question as readers see it.
 */
public enum Question {
    WHAT,
    WHO,
    HELPS,
    CERTAINTY,
    RISKS,
    GUIDELINE,
    COSTS;

    public String key() {
        return "decision.question." + name();
    }

    /** The anchor of the question's heading within an option, e.g. {@code acupuncture-helps}. */
    public String anchor(String treatmentId) {
        return treatmentId + "-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}

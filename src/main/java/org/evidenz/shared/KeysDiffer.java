package org.evidenz.shared;

/**
 * This node's keys cannot read what another node of the same database wrote; the start stops (reported by {@link
 * KeysDifferFailureAnalyzer}).
 */
public class KeysDiffer extends RuntimeException {

    private final String action;

    public KeysDiffer(String message, String action) {
        super(message);
        this.action = action;
    }

    /** What to configure so that the node starts. */
    public String action() {
        return action;
    }
}

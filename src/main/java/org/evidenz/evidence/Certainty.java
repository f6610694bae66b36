package org.evidenz.evidence;

/**
 * How certain the evidence is (GRADE levels). {@link #NOT_RATED} when the source gives no rating: Evidenz shows
 * "not rated" rather than inferring a level from wording such as "few good studies".
 */
public enum Certainty {

    HIGH(4),
    MODERATE(3),
    LOW(2),
    VERY_LOW(1),
    NOT_RATED(0);

    private final int level;

    Certainty(int level) {
        this.level = level;
    }

    /** 4 for high down to 1 for very low; 0 when not rated. */
    public int level() {
        return level;
    }
}

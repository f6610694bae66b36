package org.evidenz.article;

import java.time.LocalDate;

/**
 * What readers are told about how the published version of an article was checked.
 *
 * @param checkedOn the last date it was checked and found to need no change, or null
 * @param externalReview external experts reviewed this version
 */
public record ReviewFacts(LocalDate checkedOn, boolean externalReview) {

    public static final ReviewFacts NONE = new ReviewFacts(null, false);

    /** When the version was last reviewed: the later of its {@code updated} date and the last check. */
    public LocalDate lastReviewed(LocalDate updated) {
        return checkedOn != null && checkedOn.isAfter(updated) ? checkedOn : updated;
    }
}

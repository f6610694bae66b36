package org.evidenz.editorial.workflow;

/**
 * Where an article stands in review. While a new round runs, readers keep seeing the last published version; the
 * state says where the round is, {@link #PUBLISHED} that no round is open.
 */
public enum WorkflowState {
    DRAFT,
    IN_REVIEW,
    EXTERNAL_REVIEW,
    APPROVED,
    PUBLISHED,
    ARCHIVED;

    /** An open review round: content in it must not change under the reviewers. */
    public boolean inReview() {
        return this == IN_REVIEW || this == EXTERNAL_REVIEW || this == APPROVED;
    }
}

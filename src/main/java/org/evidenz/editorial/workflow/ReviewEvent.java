package org.evidenz.editorial.workflow;

import java.time.Instant;

/** A step or comment in an article's review: the history reviewers and authors read. */
public record ReviewEvent(long id, Instant at, String actor, Kind kind, WorkflowState from, WorkflowState to,
        Integer articleRevision, String message) {

    public enum Kind {
        SUBMITTED,
        APPROVED,
        EXTERNAL_REVIEW_COMPLETED,
        SENT_BACK,
        COMMENT,
        REVIEWER_ASSIGNED,
        SIGNED_OFF,
        SCHEDULED,
        PUBLICATION_REFUSED,
        PUBLISHED,
        ARCHIVED,
        REOPENED,
        POLICY_CHANGED
    }
}

package org.evidenz.editorial.workflow;

import java.time.Instant;

import org.evidenz.shared.Language;

/**
 * The review state and plan of one article.
 *
 * @param reviewedScope the items and revisions under review (see {@link ScopeSnapshot}), or null outside a round
 * @param requiresExternalReview policy: publication needs external experts' sign-off
 * @param scheduledAt when an approved article is to be published, or null
 * @param responsible e-mail address of the author responsible for its reviews, or null
 * @param scheduleRefusedAt when the scheduled publication was refused at its time, or null; a refused schedule is
 *        not tried again
 * @param scheduleRefusal why it was refused (which items changed since review), or null
 */
public record ArticleWorkflow(Language language, String articleId, WorkflowState state, String reviewedScope,
        boolean requiresExternalReview, Instant scheduledAt, String responsible, int reviewCycleYears,
        int lockVersion, Instant scheduleRefusedAt, String scheduleRefusal) {

    public static final int DEFAULT_REVIEW_CYCLE_YEARS = 3;

    /** A workflow without a refused schedule, as a new article or an import starts. */
    public ArticleWorkflow(Language language, String articleId, WorkflowState state, String reviewedScope,
            boolean requiresExternalReview, Instant scheduledAt, String responsible, int reviewCycleYears,
            int lockVersion) {
        this(language, articleId, state, reviewedScope, requiresExternalReview, scheduledAt, responsible,
                reviewCycleYears, lockVersion, null, null);
    }

    /** Whether the scheduled publication is to be tried at {@code now}: approved, due and not refused already. */
    public boolean isDue(Instant now) {
        return state == WorkflowState.APPROVED && scheduledAt != null && !scheduledAt.isAfter(now)
                && scheduleRefusedAt == null;
    }

    /** A step moves the review on, so a refusal of the earlier schedule no longer applies. */
    ArticleWorkflow with(WorkflowState newState, String newScope, Instant newSchedule) {
        return new ArticleWorkflow(language, articleId, newState, newScope, requiresExternalReview, newSchedule,
                responsible, reviewCycleYears, lockVersion, null, null);
    }

    ArticleWorkflow withPolicy(boolean external, String owner, int cycleYears) {
        return new ArticleWorkflow(language, articleId, state, reviewedScope, external, scheduledAt, owner,
                cycleYears, lockVersion, scheduleRefusedAt, scheduleRefusal);
    }

    ArticleWorkflow refused(Instant at, String reason) {
        return new ArticleWorkflow(language, articleId, state, reviewedScope, requiresExternalReview, scheduledAt,
                responsible, reviewCycleYears, lockVersion, at, reason);
    }
}

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
 */
public record ArticleWorkflow(Language language, String articleId, WorkflowState state, String reviewedScope,
        boolean requiresExternalReview, Instant scheduledAt, String responsible, int reviewCycleYears,
        int lockVersion) {

    public static final int DEFAULT_REVIEW_CYCLE_YEARS = 3;

    ArticleWorkflow with(WorkflowState newState, String newScope, Instant newSchedule) {
        return new ArticleWorkflow(language, articleId, newState, newScope, requiresExternalReview, newSchedule,
                responsible, reviewCycleYears, lockVersion);
    }
}

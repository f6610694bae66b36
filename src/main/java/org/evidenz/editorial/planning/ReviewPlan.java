package org.evidenz.editorial.planning;

import java.time.Instant;
import java.time.LocalDate;

import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.shared.Language;
import org.evidenz.shared.PlannedDate;

/**
 * Where one article stands in its review plan.
 *
 * @param whoseTurn who has to act next, in words ("scientific reviewers", "anna@example.org")
 * @param nextStep what they have to do
 * @param scheduleRefusal why the scheduled publication was refused when its time came, or null
 */
public record ReviewPlan(Language language, String articleId, String title, WorkflowState state, LocalDate updated,
        PlannedDate nextReview, boolean overdue, boolean dueSoon, String responsible, String whoseTurn,
        String nextStep, Instant scheduledAt, String scheduleRefusal) {

    /** The same plan with whose turn it is said differently, for a reader who may not see everyone's address. */
    public ReviewPlan withWhoseTurn(String turn) {
        return new ReviewPlan(language, articleId, title, state, updated, nextReview, overdue, dueSoon, responsible,
                turn, nextStep, scheduledAt, scheduleRefusal);
    }
}

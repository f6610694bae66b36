package org.evidenz.editorial.workflow;

import static org.evidenz.editorial.workflow.ReviewSteps.expect;
import static org.evidenz.editorial.workflow.ReviewSteps.require;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.evidenz.accounts.User;
import org.evidenz.accounts.Users;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The external review of an article, when its policy asks for one: scientific reviewers assign external reviewers,
 * each signs off, and once all have, a scientific reviewer who wrote nothing in the round completes it. External
 * reviewers see only the drafts assigned to them.
 */
@Service
@Transactional
public class ExternalReviews {

    private final ReviewSteps steps;
    private final ReviewRecords records;
    private final Users users;
    private final Clock clock;

    ExternalReviews(ReviewSteps steps, ReviewRecords records, Users users, Clock clock) {
        this.steps = steps;
        this.records = records;
        this.users = users;
        this.clock = clock;
    }

    public void assign(Language language, String articleId, User actor, String reviewerEmail) {
        require(actor, Role.SCIENTIFIC_REVIEWER);
        ArticleWorkflow w = steps.workflow(language, articleId);
        expect(w, "assign an external reviewer", WorkflowState.IN_REVIEW, WorkflowState.EXTERNAL_REVIEW);
        User reviewer = users.findByEmail(reviewerEmail).filter(User::enabled)
                .filter(u -> u.has(Role.EXTERNAL_REVIEWER))
                .orElseThrow(() -> new WorkflowException("'" + reviewerEmail
                        + "' is not an active external reviewer."));
        if (records.assignments(language, articleId).stream().anyMatch(a -> a.reviewer().equals(reviewer.email()))) {
            throw new WorkflowException(reviewer.email() + " is already assigned to this article.");
        }
        records.assign(language, articleId, reviewer.email(), actor.email(), clock.instant());
        steps.note(language, articleId, actor.email(), ReviewEvent.Kind.REVIEWER_ASSIGNED,
                EditorialAction.REVIEWER_ASSIGNED, reviewer.email(), reviewer.email());
    }

    public void signOff(Language language, String articleId, User actor, String message) {
        require(actor, Role.EXTERNAL_REVIEWER);
        ArticleWorkflow w = steps.workflow(language, articleId);
        expect(w, "sign off your review", WorkflowState.EXTERNAL_REVIEW);
        ReviewRecords.Assignment assignment = records.assignments(language, articleId).stream()
                .filter(a -> a.reviewer().equals(actor.email())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("This article is not assigned to you."));
        if (assignment.signedOff()) {
            throw new WorkflowException("You have signed off this review already.");
        }
        records.signOff(language, articleId, actor.email(), clock.instant());
        steps.note(language, articleId, actor.email(), ReviewEvent.Kind.SIGNED_OFF,
                EditorialAction.REVIEW_SIGNED_OFF, message, null);
    }

    public void complete(Language language, String articleId, User actor, String message) {
        require(actor, Role.SCIENTIFIC_REVIEWER);
        ArticleWorkflow w = steps.workflow(language, articleId);
        expect(w, "complete the external review", WorkflowState.EXTERNAL_REVIEW);
        List<ReviewRecords.Assignment> assignments = records.assignments(language, articleId);
        if (assignments.isEmpty()) {
            throw new WorkflowException("No external reviewer is assigned yet; assign at least one.");
        }
        List<String> open = assignments.stream().filter(a -> !a.signedOff()).map(ReviewRecords.Assignment::reviewer)
                .toList();
        if (!open.isEmpty()) {
            throw new WorkflowException("Still waiting for the sign-off of " + String.join(", ", open) + ".");
        }
        steps.requireNotAnAuthorOfTheRound(w, actor, "complete its external review");
        steps.move(w, w.with(WorkflowState.APPROVED, w.reviewedScope(), null), actor.email(),
                ReviewEvent.Kind.EXTERNAL_REVIEW_COMPLETED, message);
    }

    /** Who may see an article's drafts: every editorial role, but external reviewers only what is assigned to them. */
    @Transactional(readOnly = true)
    public boolean mayRead(Language language, String articleId, User user) {
        if (user.has(Role.AUTHOR) || user.has(Role.SCIENTIFIC_REVIEWER) || user.has(Role.PUBLISHER)) {
            return true;
        }
        return user.has(Role.EXTERNAL_REVIEWER) && isAssigned(language, articleId, user);
    }

    /** Whether the article is assigned to this person for external review in the current round. */
    @Transactional(readOnly = true)
    public boolean isAssigned(Language language, String articleId, User user) {
        return records.assignedTo(user.email(), language).contains(articleId);
    }
}

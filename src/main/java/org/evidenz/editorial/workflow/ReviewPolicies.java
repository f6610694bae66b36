package org.evidenz.editorial.workflow;

import static org.evidenz.editorial.workflow.ReviewSteps.require;

import org.evidenz.accounts.User;
import org.evidenz.accounts.Users;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article's review policy, set by scientific reviewers: whether it needs an external review, how many years until
 * its next review, and which author is responsible for it.
 */
@Service
@Transactional
public class ReviewPolicies {

    private static final int SHORTEST_CYCLE = 1;
    private static final int LONGEST_CYCLE = 10;

    private final ReviewSteps steps;
    private final Users users;

    ReviewPolicies(ReviewSteps steps, Users users) {
        this.steps = steps;
        this.users = users;
    }

    public void set(Language language, String articleId, User actor, boolean requiresExternalReview,
            int reviewCycleYears, String responsible) {
        require(actor, Role.SCIENTIFIC_REVIEWER);
        ArticleWorkflow w = steps.workflow(language, articleId);
        if (reviewCycleYears < SHORTEST_CYCLE || reviewCycleYears > LONGEST_CYCLE) {
            throw new WorkflowException("The review cycle must be between 1 and 10 years.");
        }
        String owner = responsible == null || responsible.isBlank() ? null : users.findByEmail(responsible)
                .filter(u -> u.has(Role.AUTHOR)).map(User::email)
                .orElseThrow(() -> new WorkflowException("'" + responsible + "' is not an author."));
        steps.save(w.withPolicy(requiresExternalReview, owner, reviewCycleYears));
        String summary = "external review " + (requiresExternalReview ? "required" : "not required") + "; cycle "
                + reviewCycleYears + " years; responsible " + (owner == null ? "nobody" : owner);
        steps.note(language, articleId, actor.email(), ReviewEvent.Kind.POLICY_CHANGED, EditorialAction.POLICY_CHANGED,
                summary, summary);
    }
}

package org.evidenz.editorial.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.evidenz.accounts.User;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.ItemKey;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every step of an article's review does alike: find its workflow, check who may take the step and from which
 * state, and record the move in the review history and the audit log. A refused step changes nothing and says why.
 */
@Component
class ReviewSteps {

    private static final int LONGEST_COMMENT = 20_000;

    private final Workflows workflows;
    private final ReviewRecords records;
    private final Publisher publisher;
    private final ContentStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkflowSubjects subjects;

    ReviewSteps(Workflows workflows, ReviewRecords records, Publisher publisher, ContentStore store, AuditLog audit,
            Clock clock, WorkflowSubjects subjects) {
        this.subjects = subjects;
        this.workflows = workflows;
        this.records = records;
        this.publisher = publisher;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    ArticleWorkflow workflow(Language language, String articleId) {
        return workflows.find(language, articleId)
                .orElseThrow(() -> new WorkflowException("There is no article '" + articleId + "' in " + language));
    }

    /** Moves the workflow on, recording who did it and why in the history and the audit log. */
    void move(ArticleWorkflow from, ArticleWorkflow to, String actor, ReviewEvent.Kind kind, String message) {
        save(to);
        Instant now = clock.instant();
        Integer revision = store.find(key(from.language(), from.articleId())).map(StoredItem::latestRevision)
                .orElse(null);
        records.event(from.language(), from.articleId(), now, actor, kind, from.state(), to.state(), revision,
                message);
        audit.record(now, actor, EditorialAction.WORKFLOW_TRANSITION, key(from.language(), from.articleId()), revision,
                from.state() + " → " + to.state() + (message == null || message.isBlank() ? "" : ": " + message));
    }

    /** Records a step that does not move the workflow (a comment, a reviewer assigned, a policy changed). */
    void note(Language language, String articleId, String actor, ReviewEvent.Kind kind, EditorialAction action,
            String history, String audited) {
        Instant now = clock.instant();
        records.event(language, articleId, now, actor, kind, null, null, null, history);
        audit.record(now, actor, action, key(language, articleId), null, audited);
    }

    void save(ArticleWorkflow w) {
        if (!workflows.update(w)) {
            throw new WorkflowException("Someone else changed this article's review at the same time. Reload the "
                    + "page to see the current state.");
        }
    }

    /**
     * Four eyes on every word: nobody approves a round that would carry a revision they wrote themselves, whoever
     * sent it to review. Revisions readers already see do not count.
     */
    void requireNotAnAuthorOfTheRound(ArticleWorkflow w, User actor, String step) {
        List<String> own = publisher.carriedRevisions(w).stream()
                .filter(revision -> revision.author().equalsIgnoreCase(actor.email()))
                .map(revision -> revision.key().toString()).distinct().toList();
        if (!own.isEmpty()) {
            throw new WorkflowException("You wrote changes in this round (" + String.join(", ", own) + "); another "
                    + "scientific reviewer must " + step + ".");
        }
    }

    static void expect(ArticleWorkflow w, String step, WorkflowState... allowed) {
        if (!Set.of(allowed).contains(w.state())) {
            throw new WorkflowException("You cannot " + step + " while it is " + label(w.state()) + "; that is "
                    + "possible only when it is " + String.join(" or ", Arrays.stream(allowed)
                            .map(ReviewSteps::label).toList()) + ".");
        }
    }

    static String label(WorkflowState state) {
        return switch (state) {
            case DRAFT -> "a draft";
            case IN_REVIEW -> "in scientific review";
            case EXTERNAL_REVIEW -> "in external review";
            case APPROVED -> "approved";
            case PUBLISHED -> "published";
            case ARCHIVED -> "archived";
        };
    }

    static void require(User actor, Role... roles) {
        if (Arrays.stream(roles).noneMatch(actor::has)) {
            throw new AccessDeniedException("This step needs the role " + String.join(" or ",
                    Arrays.stream(roles).map(Role::name).toList()) + ".");
        }
    }

    static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException("Please write " + what + ".");
        }
        if (text.length() > LONGEST_COMMENT) {
            throw new WorkflowException("The comment is too long (at most 20,000 characters).");
        }
        return text.strip();
    }

    String title(Language language, String articleId) {
        return subjects.title(language, articleId);
    }

    /** The article or page the workflow is the review of. */
    ItemKey key(Language language, String articleId) {
        return subjects.key(language, articleId);
    }
}

package org.evidenz.editorial.workflow;

import static org.evidenz.editorial.workflow.ReviewSteps.expect;
import static org.evidenz.editorial.workflow.ReviewSteps.require;
import static org.evidenz.editorial.workflow.ReviewSteps.required;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.evidenz.accounts.User;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.ItemKey;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of articles: DRAFT → IN_REVIEW → EXTERNAL_REVIEW (if the policy asks for it, see
 * {@link ExternalReviews}) → APPROVED → PUBLISHED (now or at a set time) → ARCHIVED, and back to DRAFT with a comment
 * from any review step. Each step checks who may take it and from which state; a refused step changes nothing and
 * says why.
 */
@Service
@Transactional
public class ReviewWorkflow {

    private final ReviewSteps steps;
    private final ExternalReviews externalReviews;
    private final ReviewRecords records;
    private final Publisher publisher;
    private final ContentStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewWorkflow(ReviewSteps steps, ExternalReviews externalReviews, ReviewRecords records, Publisher publisher,
            ContentStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.externalReviews = externalReviews;
        this.records = records;
        this.publisher = publisher;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ArticleWorkflow workflow(Language language, String articleId) {
        return steps.workflow(language, articleId);
    }

    /** The unpublished changes a publication of the article would publish now. */
    @Transactional(readOnly = true)
    public List<ItemKey> pendingChanges(Language language, String articleId) {
        return publisher.pendingScope(steps.key(language, articleId));
    }

    /** Items in the scope that changed since the review round began (publication is refused while any did). */
    @Transactional(readOnly = true)
    public List<String> changedSinceSubmission(Language language, String articleId) {
        ArticleWorkflow w = workflow(language, articleId);
        if (!w.state().inReview()) {
            return List.of();
        }
        return publisher.changedSinceReview(w);
    }

    public void submit(Language language, String articleId, User actor, String message) {
        require(actor, Role.AUTHOR);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "send it to review", WorkflowState.DRAFT, WorkflowState.PUBLISHED);
        steps.move(w, w.with(WorkflowState.IN_REVIEW, publisher.currentScope(w).text(), null), actor.email(),
                ReviewEvent.Kind.SUBMITTED, message);
    }

    public void approve(Language language, String articleId, User actor, String message) {
        require(actor, Role.SCIENTIFIC_REVIEWER);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "approve it", WorkflowState.IN_REVIEW);
        String submitter = records.events(language, articleId).stream()
                .filter(e -> e.kind() == ReviewEvent.Kind.SUBMITTED).findFirst().map(ReviewEvent::actor).orElse(null);
        if (actor.email().equals(submitter)) {
            throw new WorkflowException("You sent this article to review; another scientific reviewer must approve "
                    + "it.");
        }
        steps.requireNotAnAuthorOfTheRound(w, actor, "approve it");
        WorkflowState next = w.requiresExternalReview() ? WorkflowState.EXTERNAL_REVIEW : WorkflowState.APPROVED;
        steps.move(w, w.with(next, w.reviewedScope(), null), actor.email(), ReviewEvent.Kind.APPROVED, message);
    }

    public void comment(Language language, String articleId, User actor, String message) {
        requireMayRead(language, articleId, actor);
        if (!actor.has(Role.AUTHOR) && !actor.has(Role.SCIENTIFIC_REVIEWER) && !actor.has(Role.PUBLISHER)
                && !actor.has(Role.EXTERNAL_REVIEWER)) {
            throw new AccessDeniedException("Your role may not comment on reviews.");
        }
        String text = required(message, "a comment");
        steps.note(language, articleId, actor.email(), ReviewEvent.Kind.COMMENT, EditorialAction.REVIEW_COMMENT, text,
                null);
    }

    public void sendBack(Language language, String articleId, User actor, String message) {
        require(actor, Role.SCIENTIFIC_REVIEWER, Role.PUBLISHER);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "send it back", WorkflowState.IN_REVIEW, WorkflowState.EXTERNAL_REVIEW, WorkflowState.APPROVED);
        String reason = required(message, "a comment saying what needs to change");
        records.clearAssignments(language, articleId);
        steps.move(w, w.with(WorkflowState.DRAFT, null, null), actor.email(), ReviewEvent.Kind.SENT_BACK, reason);
    }

    /**
     * Publishes now ({@code at} null or not in the future) or schedules publication. Either is refused while anything
     * in the scope changed since the round began; a scheduled publication is checked again when its time comes.
     *
     * @return the kind of publication, or null when scheduled
     */
    public PublicationKind publish(Language language, String articleId, User actor, Instant at) {
        require(actor, Role.PUBLISHER);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "publish it", WorkflowState.APPROVED);
        Instant now = clock.instant();
        if (at != null && at.isAfter(now)) {
            publisher.requireAsReviewed(w);
            ArticleWorkflow scheduled = w.with(WorkflowState.APPROVED, w.reviewedScope(), at);
            steps.save(scheduled);
            records.event(language, articleId, now, actor.email(), ReviewEvent.Kind.SCHEDULED, w.state(),
                    w.state(), null, at.toString());
            audit.record(now, actor.email(), EditorialAction.PUBLICATION_SCHEDULED, steps.key(language, articleId),
                    null, at.toString());
            return null;
        }
        PublicationKind kind = publisher.publish(w, actor.email());
        steps.move(w, w.with(WorkflowState.PUBLISHED, null, null), actor.email(), ReviewEvent.Kind.PUBLISHED,
                kind.name());
        return kind;
    }

    /**
     * Publishes an article whose scheduled time has come, for {@link ScheduledPublications}; false when it is no
     * longer due (someone moved it on since the job looked).
     *
     * @throws PublicationRefused when the publisher refuses it; nothing is written then
     */
    boolean publishScheduled(Language language, String articleId, Instant now) {
        ArticleWorkflow w = workflow(language, articleId);
        if (!w.isDue(now)) {
            return false;
        }
        String scheduler = scheduledBy(w);
        PublicationKind kind = publisher.publish(w, scheduler);
        steps.move(w, w.with(WorkflowState.PUBLISHED, null, null), scheduler, ReviewEvent.Kind.PUBLISHED,
                kind.name() + " (scheduled)");
        return true;
    }

    /** Keeps a scheduled publication's refusal, so that it is shown and not tried again; tells the publisher. */
    void refuseScheduled(Language language, String articleId, Instant now, String reason) {
        ArticleWorkflow w = workflow(language, articleId);
        if (!w.isDue(now)) {
            return;
        }
        String scheduler = scheduledBy(w);
        steps.save(w.refused(now, reason));
        ItemKey key = steps.key(language, articleId);
        records.event(language, articleId, now, "scheduler", ReviewEvent.Kind.PUBLICATION_REFUSED, w.state(),
                w.state(), null, reason);
        audit.record(now, "scheduler", EditorialAction.SCHEDULED_PUBLICATION_REFUSED, key, null,
                "scheduled for " + w.scheduledAt() + " by " + scheduler + ": " + reason);
        String title = steps.title(language, articleId);
        events.publishEvent(new ScheduledPublicationRefused(language, articleId, title, w.scheduledAt(), scheduler,
                now, reason));
    }

    /** Who scheduled the publication: the latest scheduling in the history. */
    private String scheduledBy(ArticleWorkflow w) {
        return records.events(w.language(), w.articleId()).stream()
                .filter(e -> e.kind() == ReviewEvent.Kind.SCHEDULED).findFirst().map(ReviewEvent::actor)
                .orElse("scheduler");
    }

    public void archive(Language language, String articleId, User actor, String message) {
        require(actor, Role.PUBLISHER);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "archive it", WorkflowState.PUBLISHED);
        publisher.archive(w, actor.email());
        steps.move(w, w.with(WorkflowState.ARCHIVED, null, null), actor.email(), ReviewEvent.Kind.ARCHIVED,
                message);
    }

    public void reopen(Language language, String articleId, User actor) {
        require(actor, Role.AUTHOR);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "reopen it", WorkflowState.ARCHIVED);
        steps.move(w, w.with(WorkflowState.DRAFT, null, null), actor.email(), ReviewEvent.Kind.REOPENED, null);
    }

    private void requireMayRead(Language language, String articleId, User actor) {
        if (!externalReviews.mayRead(language, articleId, actor)) {
            throw new AccessDeniedException("This article is not assigned to you.");
        }
    }
}

package org.evidenz.editorial.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.AuditAction;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.editorial.Role;
import org.evidenz.editorial.accounts.User;
import org.evidenz.editorial.accounts.Users;
import org.evidenz.editorial.audit.AuditLog;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.bundle.ItemKey;
import org.evidenz.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of articles: DRAFT → IN_REVIEW → EXTERNAL_REVIEW (if the policy asks for it) → APPROVED →
 * PUBLISHED (now or at a set time) → ARCHIVED, and back to DRAFT with a comment from any review step. Each step
 * checks who may take it and from which state; a refused step changes nothing and says why.
 */
@Service
@Transactional
public class ReviewWorkflow {

    private final Workflows workflows;
    private final ReviewRecords records;
    private final Publisher publisher;
    private final ContentStore store;
    private final Users users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewWorkflow(Workflows workflows, ReviewRecords records, Publisher publisher, ContentStore store, Users users,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.workflows = workflows;
        this.records = records;
        this.publisher = publisher;
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ArticleWorkflow workflow(Language language, String articleId) {
        return workflows.find(language, articleId)
                .orElseThrow(() -> new WorkflowException("There is no article '" + articleId + "' in " + language));
    }

    /** The unpublished changes a publication of the article would publish now. */
    @Transactional(readOnly = true)
    public List<ItemKey> pendingChanges(Language language, String articleId) {
        return publisher.pendingScope(key(language, articleId));
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
        move(w, w.with(WorkflowState.IN_REVIEW, publisher.currentScope(w).text(), null), actor,
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
        requireNotAnAuthorOfTheRound(w, actor, "approve it");
        WorkflowState next = w.requiresExternalReview() ? WorkflowState.EXTERNAL_REVIEW : WorkflowState.APPROVED;
        move(w, w.with(next, w.reviewedScope(), null), actor, ReviewEvent.Kind.APPROVED, message);
    }

    public void assignExternalReviewer(Language language, String articleId, User actor, String reviewerEmail) {
        require(actor, Role.SCIENTIFIC_REVIEWER);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "assign an external reviewer", WorkflowState.IN_REVIEW, WorkflowState.EXTERNAL_REVIEW);
        User reviewer = users.findByEmail(reviewerEmail).filter(User::enabled)
                .filter(u -> u.has(Role.EXTERNAL_REVIEWER))
                .orElseThrow(() -> new WorkflowException("'" + reviewerEmail + "' is not an active external reviewer."));
        if (records.assignments(language, articleId).stream().anyMatch(a -> a.reviewer().equals(reviewer.email()))) {
            throw new WorkflowException(reviewer.email() + " is already assigned to this article.");
        }
        Instant now = clock.instant();
        records.assign(language, articleId, reviewer.email(), actor.email(), now);
        records.event(language, articleId, now, actor.email(), ReviewEvent.Kind.REVIEWER_ASSIGNED, null, null, null,
                reviewer.email());
        audit.record(now, actor.email(), AuditAction.REVIEWER_ASSIGNED, key(language, articleId), null,
                reviewer.email());
    }

    public void comment(Language language, String articleId, User actor, String message) {
        requireMayRead(language, articleId, actor);
        if (!actor.has(Role.AUTHOR) && !actor.has(Role.SCIENTIFIC_REVIEWER) && !actor.has(Role.PUBLISHER)
                && !actor.has(Role.EXTERNAL_REVIEWER)) {
            throw new AccessDeniedException("Your role may not comment on reviews.");
        }
        String text = required(message, "a comment");
        Instant now = clock.instant();
        records.event(language, articleId, now, actor.email(), ReviewEvent.Kind.COMMENT, null, null, null, text);
        audit.record(now, actor.email(), AuditAction.REVIEW_COMMENT, key(language, articleId), null, null);
    }

    public void signOff(Language language, String articleId, User actor, String message) {
        require(actor, Role.EXTERNAL_REVIEWER);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "sign off your review", WorkflowState.EXTERNAL_REVIEW);
        ReviewRecords.Assignment assignment = records.assignments(language, articleId).stream()
                .filter(a -> a.reviewer().equals(actor.email())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("This article is not assigned to you."));
        if (assignment.signedOff()) {
            throw new WorkflowException("You have signed off this review already.");
        }
        Instant now = clock.instant();
        records.signOff(language, articleId, actor.email(), now);
        records.event(language, articleId, now, actor.email(), ReviewEvent.Kind.SIGNED_OFF, null, null, null, message);
        audit.record(now, actor.email(), AuditAction.REVIEW_SIGNED_OFF, key(language, articleId), null, null);
    }

    public void completeExternalReview(Language language, String articleId, User actor, String message) {
        require(actor, Role.SCIENTIFIC_REVIEWER);
        ArticleWorkflow w = workflow(language, articleId);
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
        requireNotAnAuthorOfTheRound(w, actor, "complete its external review");
        move(w, w.with(WorkflowState.APPROVED, w.reviewedScope(), null), actor,
                ReviewEvent.Kind.EXTERNAL_REVIEW_COMPLETED, message);
    }

    public void sendBack(Language language, String articleId, User actor, String message) {
        require(actor, Role.SCIENTIFIC_REVIEWER, Role.PUBLISHER);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "send it back", WorkflowState.IN_REVIEW, WorkflowState.EXTERNAL_REVIEW, WorkflowState.APPROVED);
        String reason = required(message, "a comment saying what needs to change");
        records.clearAssignments(language, articleId);
        move(w, w.with(WorkflowState.DRAFT, null, null), actor, ReviewEvent.Kind.SENT_BACK, reason);
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
            save(scheduled);
            records.event(language, articleId, now, actor.email(), ReviewEvent.Kind.SCHEDULED, w.state(),
                    w.state(), null, at.toString());
            audit.record(now, actor.email(), AuditAction.PUBLICATION_SCHEDULED, key(language, articleId), null,
                    at.toString());
            return null;
        }
        PublicationKind kind = publisher.publish(w, actor.email());
        move(w, w.with(WorkflowState.PUBLISHED, null, null), actor, ReviewEvent.Kind.PUBLISHED, kind.name());
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
        moveAs(w, w.with(WorkflowState.PUBLISHED, null, null), scheduler, ReviewEvent.Kind.PUBLISHED,
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
        save(w.refused(now, reason));
        ItemKey key = key(language, articleId);
        records.event(language, articleId, now, "scheduler", ReviewEvent.Kind.PUBLICATION_REFUSED, w.state(),
                w.state(), null, reason);
        audit.record(now, "scheduler", AuditAction.SCHEDULED_PUBLICATION_REFUSED, key, null,
                "scheduled for " + w.scheduledAt() + " by " + scheduler + ": " + reason);
        String title = store.latest(key).map(i -> ((Item.ArticleItem) i).article().title()).orElse(articleId);
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
        move(w, w.with(WorkflowState.ARCHIVED, null, null), actor, ReviewEvent.Kind.ARCHIVED, message);
    }

    public void reopen(Language language, String articleId, User actor) {
        require(actor, Role.AUTHOR);
        ArticleWorkflow w = workflow(language, articleId);
        expect(w, "reopen it", WorkflowState.ARCHIVED);
        move(w, w.with(WorkflowState.DRAFT, null, null), actor, ReviewEvent.Kind.REOPENED, null);
    }

    public void setPolicy(Language language, String articleId, User actor, boolean requiresExternalReview,
            int reviewCycleYears, String responsible) {
        require(actor, Role.SCIENTIFIC_REVIEWER);
        ArticleWorkflow w = workflow(language, articleId);
        if (reviewCycleYears < 1 || reviewCycleYears > 10) {
            throw new WorkflowException("The review cycle must be between 1 and 10 years.");
        }
        String owner = responsible == null || responsible.isBlank() ? null : users.findByEmail(responsible)
                .filter(u -> u.has(Role.AUTHOR)).map(User::email)
                .orElseThrow(() -> new WorkflowException("'" + responsible + "' is not an author."));
        save(w.withPolicy(requiresExternalReview, owner, reviewCycleYears));
        String summary = "external review " + (requiresExternalReview ? "required" : "not required") + "; cycle "
                + reviewCycleYears + " years; responsible " + (owner == null ? "nobody" : owner);
        Instant now = clock.instant();
        records.event(language, articleId, now, actor.email(), ReviewEvent.Kind.POLICY_CHANGED, null, null, null,
                summary);
        audit.record(now, actor.email(), AuditAction.POLICY_CHANGED, key(language, articleId), null, summary);
    }

    /** Who may see an article's drafts: every editorial role, but external reviewers only what is assigned to them. */
    @Transactional(readOnly = true)
    public boolean mayRead(Language language, String articleId, User user) {
        if (user.has(Role.AUTHOR) || user.has(Role.SCIENTIFIC_REVIEWER) || user.has(Role.PUBLISHER)) {
            return true;
        }
        return user.has(Role.EXTERNAL_REVIEWER)
                && records.assignedTo(user.email(), language).contains(articleId);
    }

    /** Whether the article is assigned to this person for external review in the current round. */
    @Transactional(readOnly = true)
    public boolean isAssigned(Language language, String articleId, User user) {
        return records.assignedTo(user.email(), language).contains(articleId);
    }

    private void requireMayRead(Language language, String articleId, User actor) {
        if (!mayRead(language, articleId, actor)) {
            throw new AccessDeniedException("This article is not assigned to you.");
        }
    }

    /**
     * Four eyes on every word: nobody approves a round that would carry a revision they wrote themselves, whoever
     * sent it to review. Revisions readers already see do not count.
     */
    private void requireNotAnAuthorOfTheRound(ArticleWorkflow w, User actor, String step) {
        List<String> own = publisher.carriedRevisions(w).stream()
                .filter(revision -> revision.author().equalsIgnoreCase(actor.email()))
                .map(revision -> revision.key().toString()).distinct().toList();
        if (!own.isEmpty()) {
            throw new WorkflowException("You wrote changes in this round (" + String.join(", ", own) + "); another "
                    + "scientific reviewer must " + step + ".");
        }
    }

    private void move(ArticleWorkflow from, ArticleWorkflow to, User actor, ReviewEvent.Kind kind, String message) {
        moveAs(from, to, actor.email(), kind, message);
    }

    private void moveAs(ArticleWorkflow from, ArticleWorkflow to, String actor, ReviewEvent.Kind kind,
            String message) {
        save(to);
        Instant now = clock.instant();
        Integer revision = store.find(key(from.language(), from.articleId())).map(s -> s.latestRevision())
                .orElse(null);
        records.event(from.language(), from.articleId(), now, actor, kind, from.state(), to.state(), revision,
                message);
        audit.record(now, actor, AuditAction.WORKFLOW_TRANSITION, key(from.language(), from.articleId()), revision,
                from.state() + " → " + to.state() + (message == null || message.isBlank() ? "" : ": " + message));
    }

    private void save(ArticleWorkflow w) {
        if (!workflows.update(w)) {
            throw new WorkflowException("Someone else changed this article's review at the same time. Reload the "
                    + "page to see the current state.");
        }
    }

    private static void expect(ArticleWorkflow w, String step, WorkflowState... allowed) {
        if (!Set.of(allowed).contains(w.state())) {
            throw new WorkflowException("You cannot " + step + " while it is " + label(w.state()) + "; that is "
                    + "possible only when it is " + String.join(" or ", Arrays.stream(allowed)
                            .map(ReviewWorkflow::label).toList()) + ".");
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

    private static void require(User actor, Role... roles) {
        if (Arrays.stream(roles).noneMatch(actor::has)) {
            throw new AccessDeniedException("This step needs the role " + String.join(" or ",
                    Arrays.stream(roles).map(Role::name).toList()) + ".");
        }
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException("Please write " + what + ".");
        }
        if (text.length() > 20_000) {
            throw new WorkflowException("The comment is too long (at most 20,000 characters).");
        }
        return text.strip();
    }

    private static ItemKey key(Language language, String articleId) {
        return new ItemKey(ItemKind.ARTICLE, language, articleId);
    }
}

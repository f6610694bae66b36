package org.evidenz.editorial.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.evidenz.accounts.User;
import org.evidenz.accounts.Users;
import org.evidenz.article.Article;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.editorial.workflow.ArticleWorkflow;
import org.evidenz.editorial.workflow.ReviewRecords;
import org.evidenz.editorial.workflow.WorkflowSubjects;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.shell.Notifications;
import org.evidenz.shell.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review plan of every article: when its next review is due, whether it is overdue or due within
 * {@value #DUE_SOON_DAYS} days, and whose turn it is. Reminds the responsible author (or, when nobody is named,
 * every author) once per planned date.
 */
@Service
public class ReviewPlanning {

    public static final int DUE_SOON_DAYS = 90;
    /** Reminders go out this long before a review falls due, and again never for the same date. */
    static final int REMIND_DAYS_BEFORE = 30;

    private final Workflows workflows;
    private final ReviewRecords records;
    private final ContentStore store;
    private final Users users;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkflowSubjects subjects;

    ReviewPlanning(Workflows workflows, ReviewRecords records, ContentStore store, Users users,
            Notifications notifications, AuditLog audit, Clock clock, WorkflowSubjects subjects) {
        this.subjects = subjects;
        this.workflows = workflows;
        this.records = records;
        this.store = store;
        this.users = users;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every article's plan: overdue first, then by due date. Pages about the site have no review dates. */
    @Transactional(readOnly = true)
    public List<ReviewPlan> plans() {
        LocalDate today = LocalDate.now(clock);
        return workflows.all().stream().filter(w -> !subjects.isPage(w)).map(w -> plan(w, today))
                .sorted(Comparator.comparing((ReviewPlan p) -> !p.overdue())
                        .thenComparing(p -> p.nextReview().date()))
                .toList();
    }

    /** The plan of one article, or where a page about the site stands (without review dates, which it has not). */
    @Transactional(readOnly = true)
    public ReviewPlan plan(ArticleWorkflow w) {
        if (subjects.isPage(w)) {
            String[] turn = whoseTurn(w, false);
            return new ReviewPlan(w.language(), w.articleId(), subjects.title(w.language(), w.articleId()),
                    w.state(), null, null, false, false, w.responsible(), turn[0], turn[1], w.scheduledAt(),
                    w.scheduleRefusal());
        }
        return plan(w, LocalDate.now(clock));
    }

    private ReviewPlan plan(ArticleWorkflow w, LocalDate today) {
        ItemKey key = new ItemKey(ItemKind.ARTICLE, w.language(), w.articleId());
        StoredItem stored = store.find(key).orElseThrow();
        Article latest = article(key, stored.latestRevision());
        Article shown = stored.publishedRevision() == null ? latest : article(key, stored.publishedRevision());
        boolean live = stored.publishedRevision() != null;
        boolean overdue = live && shown.nextReview().isOverdueOn(today);
        boolean dueSoon = live && !overdue && !shown.nextReview().date().isAfter(today.plusDays(DUE_SOON_DAYS));
        String[] turn = whoseTurn(w, overdue || dueSoon);
        return new ReviewPlan(w.language(), w.articleId(), latest.title(), w.state(), shown.updated(),
                shown.nextReview(), overdue, dueSoon, w.responsible(), turn[0], turn[1], w.scheduledAt(),
                w.scheduleRefusal());
    }

    private String[] whoseTurn(ArticleWorkflow w, boolean reviewDue) {
        String author = w.responsible() == null ? "authors" : w.responsible();
        return switch (w.state()) {
            case DRAFT -> new String[] {author, "finish the draft and send it to review"};
            case IN_REVIEW -> new String[] {"scientific reviewers", "approve or send back"};
            case EXTERNAL_REVIEW -> {
                List<String> open = records.assignments(w.language(), w.articleId()).stream()
                        .filter(a -> !a.signedOff()).map(ReviewRecords.Assignment::reviewer).toList();
                yield open.isEmpty()
                        ? new String[] {"scientific reviewers", "assign external reviewers or complete the review"}
                        : new String[] {String.join(", ", open), "external review and sign-off"};
            }
            case APPROVED -> w.scheduleRefusal() != null
                    ? new String[] {"publishers", "send it back so that the changes are reviewed"}
                    : w.scheduledAt() != null
                    ? new String[] {"nobody", "publication is scheduled"}
                    : new String[] {"publishers", "publish"};
            case PUBLISHED -> reviewDue ? new String[] {author, "check the article and update it or confirm it"}
                    : new String[] {"nobody", "next review as planned"};
            case ARCHIVED -> new String[] {"nobody", "archived"};
        };
    }

    /** Sends due reminders; returns how many notifications were added. */
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (ReviewPlan plan : plans()) {
            if (plan.state() != org.evidenz.editorial.workflow.WorkflowState.PUBLISHED
                    || plan.nextReview().date().isAfter(today.plusDays(REMIND_DAYS_BEFORE))) {
                continue;
            }
            String message = "The review of \"" + plan.title() + "\" (" + plan.language().code() + ") "
                    + (plan.overdue() ? "was due " : "falls due ") + plan.nextReview()
                    + ". Check it against new evidence and publish an update or confirm it unchanged.";
            String link = "/editor/articles/" + plan.language().code() + "/" + plan.articleId() + "/workflow";
            String dedupe = "review-due:" + plan.language().code() + "/" + plan.articleId() + ":" + plan.nextReview();
            for (String recipient : recipients(plan)) {
                if (notifications.add(recipient, clock.instant(), "REVIEW_DUE", message, link, dedupe)) {
                    audit.record(clock.instant(), "scheduler", EditorialAction.REMINDER_SENT,
                            new ItemKey(ItemKind.ARTICLE, plan.language(), plan.articleId()), null,
                            "to " + recipient + ": review due " + plan.nextReview());
                    sent++;
                }
            }
        }
        return sent;
    }

    private List<String> recipients(ReviewPlan plan) {
        if (plan.responsible() != null) {
            return users.findByEmail(plan.responsible()).filter(User::enabled).map(u -> List.of(u.email()))
                    .orElseGet(this::authors);
        }
        return authors();
    }

    private List<String> authors() {
        return users.withRole(Role.AUTHOR).stream().map(User::email).toList();
    }

    private Article article(ItemKey key, int revision) {
        return store.article(key, revision);
    }
}

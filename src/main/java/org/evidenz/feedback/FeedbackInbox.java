package org.evidenz.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.evidenz.article.PublishedArticles;
import org.evidenz.audit.AuditLog;
import org.evidenz.feedback.FeedbackItems.Summary;
import org.evidenz.feedback.FeedbackItems.Task;
import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.Language;
import org.evidenz.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback team's work: triage, notes, correction tasks for authors, "you said, we did" summaries, requests
 * about one e-mail address, and the retention period. Every change is audited in its own transaction; audit entries
 * never contain what a reader wrote or their address.
 */
@Service
class FeedbackInbox {

    static final int LIST_LIMIT = 200;
    static final int MAX_NOTE = 4000;
    static final int MAX_SUMMARY = 1000;

    /** A request the inbox refuses, with a message for the person who made it. */
    static class Refused extends RuntimeException {

        Refused(String message) {
            super(message);
        }
    }


    private final FeedbackStore store;
    private final FeedbackNotes notes;
    private final CorrectionTasks tasks;
    private final FeedbackSummaries summaries;
    private final UsedFormTokens usedTokens;
    private final KeyRotation keyRotation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FeedbackProperties properties;
    private final PublishedArticles published;

    FeedbackInbox(FeedbackStore store, FeedbackNotes notes, CorrectionTasks tasks, FeedbackSummaries summaries,
            UsedFormTokens usedTokens, KeyRotation keyRotation, AuditLog audit, ApplicationEventPublisher events,
            Clock clock, FeedbackProperties properties, PublishedArticles published) {
        this.store = store;
        this.notes = notes;
        this.tasks = tasks;
        this.summaries = summaries;
        this.usedTokens = usedTokens;
        this.keyRotation = keyRotation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.published = published;
    }

    /** One page of the inbox, newest first. */
    @Transactional(readOnly = true)
    public List<Feedback> page(FeedbackStore.Filter filter, Paging paging) {
        return store.list(filter, paging.size(), paging.offset());
    }

    @Transactional(readOnly = true)
    public long count(FeedbackStore.Filter filter) {
        return store.count(filter);
    }

    @Transactional(readOnly = true)
    public List<String> articleIds() {
        return store.articleIds();
    }

    @Transactional(readOnly = true)
    public FeedbackDetails details(String id) {
        Feedback feedback = store.find(id).orElseThrow(() -> new Refused("This feedback no longer exists."));
        return new FeedbackDetails(feedback, notes.of(id), tasks.of(id));
    }

    @Transactional
    public void changeStatus(String id, FeedbackStatus status, String actor) {
        Feedback feedback = store.find(id).orElseThrow(() -> new Refused("This feedback no longer exists."));
        if (feedback.status() == status) {
            return;
        }
        store.setStatus(id, status, clock.instant());
        audit.record(actor, FeedbackAction.FEEDBACK_STATUS_CHANGED,
                "Feedback " + id + ": " + feedback.status() + " → " + status);
    }

    @Transactional
    public void addNote(String id, String text, String actor) {
        String note = required(text, "Write the note first.", MAX_NOTE);
        store.find(id).orElseThrow(() -> new Refused("This feedback no longer exists."));
        notes.add(id, actor, clock.instant(), note);
        audit.record(actor, FeedbackAction.FEEDBACK_NOTE_ADDED, "Feedback " + id);
    }

    /**
     * Asks the article's authors for a correction. The task carries the officer's note; the reader's own words go
     * with it only when the officer chooses so.
     */
    @Transactional
    public void createTask(String id, String note, boolean quoteReader, String actor) {
        String text = required(note, "Describe the correction for the authors.", MAX_NOTE);
        Feedback feedback = store.find(id).orElseThrow(() -> new Refused("This feedback no longer exists."));
        if (quoteReader && feedback.comment() != null) {
            text = text + "\n\nThe reader wrote: " + feedback.comment();
        }
        tasks.add(id, feedback.language(), feedback.articleId(), text, actor, clock.instant());
        if (feedback.status() == FeedbackStatus.NEW) {
            store.setStatus(id, FeedbackStatus.IN_PROGRESS, clock.instant());
        }
        audit.record(actor, FeedbackAction.FEEDBACK_TASK_CREATED, "Correction task on article "
                + feedback.language().code() + "/" + feedback.articleId() + " from feedback " + id
                + (quoteReader ? " (quoting the reader)" : ""));
    }

    @Transactional(readOnly = true)
    public List<Task> tasks() {
        return tasks.all(LIST_LIMIT);
    }

    @Transactional
    public void finishTask(long taskId, String actor) {
        Task task = tasks.find(taskId).orElseThrow(() -> new Refused("This task no longer exists."));
        if (!tasks.finish(taskId, actor, clock.instant())) {
            throw new Refused("This task was already done.");
        }
        audit.record(actor, FeedbackAction.FEEDBACK_TASK_DONE, "Correction task " + taskId + " on article "
                + task.language().code() + "/" + task.articleId());
    }

    @Transactional(readOnly = true)
    public List<Summary> summaries() {
        return summaries.all();
    }

    /**
     * Writes a "you said, we did" summary, unpublished. It must be in the team's words: a summary with an e-mail
     * address, a phone number or a passage of a reader's comment on the article is refused ({@link ReadersWords}).
     */
    @Transactional
    public long writeSummary(Language language, String articleId, String text, String actor) {
        String summary = required(text, "Write the summary first.", MAX_SUMMARY);
        if (articleId == null || articleId.isBlank()) {
            throw new Refused("Choose the article the summary is about.");
        }
        refuseReadersWords(language, articleId, summary);
        long id = summaries.add(language, articleId, summary, actor, clock.instant());
        audit.record(actor, FeedbackAction.FEEDBACK_SUMMARY_WRITTEN, "Summary " + id + " on article "
                + language.code() + "/" + articleId);
        return id;
    }

    /** Shows a summary on its article, or withdraws it; the article page is built anew either way. */
    @Transactional
    public void publishSummary(long id, boolean publish, String actor) {
        Summary summary = summaries.find(id).orElseThrow(() -> new Refused("This summary no longer exists."));
        if (summary.published() == publish) {
            return;
        }
        if (publish) {
            // summaries saved before the check was this thorough, or before a reader's comment arrived
            refuseReadersWords(summary.language(), summary.articleId(), summary.text());
        }
        summaries.setPublished(id, publish ? clock.instant() : null);
        audit.record(actor, publish ? FeedbackAction.FEEDBACK_SUMMARY_PUBLISHED : FeedbackAction.FEEDBACK_SUMMARY_WITHDRAWN,
                "Summary " + id + " on article " + summary.language().code() + "/" + summary.articleId());
        events.publishEvent(new ContentChanged(Set.of(summary.language())));
    }

    /** Everything about one address, for the officer's screen; the look-up is audited, the address is not. */
    @Transactional
    public List<Feedback> findByEmail(String email, String actor) {
        List<Feedback> found = store.byEmail(checkedEmail(email));
        audit.record(actor, FeedbackAction.FEEDBACK_LOOKED_UP, "Looked up an e-mail address: " + found.size()
                + " piece(s) of feedback");
        return found;
    }

    @Transactional
    public SubjectAccessReport export(String email, String actor) {
        List<FeedbackDetails> all = new ArrayList<>();
        for (Feedback feedback : store.byEmail(checkedEmail(email))) {
            all.add(new FeedbackDetails(feedback, notes.of(feedback.id()), tasks.of(feedback.id())));
        }
        audit.record(actor, FeedbackAction.FEEDBACK_EXPORTED, "Exported everything stored about an e-mail address: "
                + all.size() + " piece(s) of feedback");
        return new SubjectAccessReport(email.strip(), clock.instant(), all);
    }

    /** Deletes all feedback given with an address, with its notes; correction tasks stay, unlinked. */
    @Transactional
    public int deleteByEmail(String email, String actor) {
        List<String> ids = store.byEmail(checkedEmail(email)).stream().map(Feedback::id).toList();
        int deleted = store.delete(ids);
        audit.record(actor, FeedbackAction.FEEDBACK_DELETED, "Deleted everything stored about an e-mail address on "
                + "request: " + deleted + " piece(s) of feedback");
        return deleted;
    }

    /** Deletes feedback older than the retention period, and forgets expired form tokens. */
    @Transactional
    public int deleteExpired() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.retention());
        int deleted = store.delete(store.receivedBefore(cutoff));
        usedTokens.forgetExpired(now);
        if (deleted > 0) {
            audit.record("system", FeedbackAction.FEEDBACK_RETENTION, "Deleted " + deleted
                    + " piece(s) of feedback received before " + cutoff + " (retention " + properties.retention()
                    + ")");
        }
        return deleted;
    }

    /** Re-encrypts every stored value that is not under the active key. */
    @Transactional
    public int rotateKeys() {
        int changed = keyRotation.reencrypt();
        audit.record("system", FeedbackAction.FEEDBACK_KEY_ROTATED, "Re-encrypted " + changed
                + " value(s) with key '" + keyRotation.activeKey() + "'");
        return changed;
    }

    private static String checkedEmail(String email) {
        if (email == null || email.isBlank() || !email.contains("@")) {
            throw new Refused("Enter the e-mail address the request is about.");
        }
        return email;
    }

    private static String required(String text, String message, int max) {
        if (text == null || text.isBlank()) {
            throw new Refused(message);
        }
        String value = text.strip().replace("\r\n", "\n");
        if (value.length() > max) {
            throw new Refused("That is too long: at most " + max + " characters.");
        }
        return value;
    }

    /**
     * Refuses a summary with an e-mail address, a phone number or a passage of a reader's comment on the article
     * (comments decrypted in memory only); the message says what was found, not the reader's words.
     */
    private void refuseReadersWords(Language language, String articleId, String summary) {
        List<String> comments = store.list(new FeedbackStore.Filter(language, articleId, null, null, null),
                Integer.MAX_VALUE).stream().map(Feedback::comment).toList();
        List<String> titles = new ArrayList<>();
        published.articles(language).stream().filter(a -> a.id().equals(articleId)).findFirst()
                .ifPresent(article -> {
                    titles.add(article.title());
                    titles.add(published.topicOf(article).title());
                });
        ReadersWords.find(summary, comments, titles).ifPresent(finding -> {
            throw new Refused(finding.message());
        });
    }
}

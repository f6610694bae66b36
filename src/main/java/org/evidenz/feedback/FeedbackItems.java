package org.evidenz.feedback;

import java.time.Instant;

import org.evidenz.shared.Language;

/** Records the feedback team keeps around one piece of feedback or one article. */
public final class FeedbackItems {

    private FeedbackItems() {
    }

    /** An internal note of the feedback team. */
    public record Note(long id, String feedbackId, String author, Instant at, String text) {
    }

    /** A correction authors are asked to make on an article. */
    public record Task(long id, String feedbackId, Language language, String articleId, String note, String createdBy,
            Instant createdAt, String doneBy, Instant doneAt) {

        public boolean open() {
            return doneAt == null;
        }
    }

    /** A "you said, we did" summary in the team's words; readers see it once published. */
    public record Summary(long id, Language language, String articleId, String text, String createdBy, Instant createdAt,
            Instant publishedAt) {

        public boolean published() {
            return publishedAt != null;
        }
    }
}

package org.evidenz.feedback;

import java.time.Instant;

import org.evidenz.shared.Language;

/**
 * One piece of reader feedback, decrypted: only ever shown to the feedback team.
 *
 * @param helpful whether the reader found the page helpful
 * @param understandable 1 (very hard to understand) … 5 (very easy)
 * @param comment what the reader wrote, or null
 * @param email the address for a reply, or null
 */
public record Feedback(String id, Language language, String articleId, Boolean helpful, Integer understandable,
        String comment, String email, FeedbackStatus status, Instant receivedAt, Instant updatedAt) {
}

package org.evidenz.subscription;

import java.util.Map;

/**
 * A mail for the outbox: plain text with an HTML alternative, extra headers (such as {@code List-Unsubscribe}),
 * and a key that makes enqueuing the same mail twice a no-op (e.g. {@code "review-reminder/en/article-x/2026-11-23"}).
 */
public record OutgoingMail(String dedupKey, String to, String subject, String text, String html,
        Map<String, String> headers) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
    }
}

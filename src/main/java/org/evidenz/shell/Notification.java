package org.evidenz.shell;

import java.time.Instant;

/** A message for one editor, shown on their dashboard until they mark it read. */
public record Notification(long id, String recipient, Instant createdAt, String kind, String message, String link,
        Instant readAt) {
}

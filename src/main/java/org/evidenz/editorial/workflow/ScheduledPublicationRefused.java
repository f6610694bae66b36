package org.evidenz.editorial.workflow;

import java.time.Instant;

import org.evidenz.shared.Language;

/**
 * A scheduled publication was refused when its time came, and will not be tried again: nothing was published.
 *
 * @param scheduledBy the publisher who scheduled it
 * @param reason what stood in the way, for people: which items changed since review, or which references would break
 */
public record ScheduledPublicationRefused(Language language, String articleId, String title, Instant scheduledAt,
        String scheduledBy, Instant refusedAt, String reason) {
}

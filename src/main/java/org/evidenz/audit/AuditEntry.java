package org.evidenz.audit;

import java.time.Instant;

import org.evidenz.bundle.ItemKey;

/**
 * One line of the audit log: who did what, when, to which item and revision.
 *
 * @param action the name of an {@link AuditAction}
 * @param item null for actions that concern no content item (logins, accounts)
 */
public record AuditEntry(long id, Instant at, String actor, String action, ItemKey item, Integer revision,
        String details) {
}

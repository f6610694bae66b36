package org.evidenz.editorial.audit;

import org.evidenz.editorial.AuditAction;
import java.time.Instant;

import org.evidenz.bundle.ItemKey;

/**
 * One line of the audit log: who did what, when, to which item and revision.
 *
 * @param item null for actions that concern no content item (logins, accounts)
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, ItemKey item, Integer revision,
        String details) {
}

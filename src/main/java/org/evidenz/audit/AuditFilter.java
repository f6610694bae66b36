package org.evidenz.audit;

import java.time.Instant;

import org.evidenz.bundle.ItemKind;

/**
 * Which audit entries to show; null fields do not filter. {@code to} is exclusive.
 *
 * @param action the name of an {@link AuditAction}
 */
public record AuditFilter(String actor, String action, ItemKind kind, String itemId, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}

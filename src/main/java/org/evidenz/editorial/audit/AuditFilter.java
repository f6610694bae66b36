package org.evidenz.editorial.audit;

import org.evidenz.editorial.AuditAction;
import java.time.Instant;

import org.evidenz.bundle.ItemKind;

/** Which audit entries to show; null fields do not filter. {@code to} is exclusive. */
public record AuditFilter(String actor, AuditAction action, ItemKind kind, String itemId, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}

package org.evidenz.editorial;

import org.evidenz.audit.AuditAction;

/** What the audit log records of content, its review and its publication. */
public enum EditorialAction implements AuditAction {
    ITEM_CREATED,
    ITEM_SAVED,
    ITEM_RESTORED,
    CONTENT_IMPORTED,
    WORKFLOW_TRANSITION,
    REVIEW_COMMENT,
    REVIEWER_ASSIGNED,
    REVIEW_SIGNED_OFF,
    POLICY_CHANGED,
    PUBLISHED,
    PUBLICATION_SCHEDULED,
    SCHEDULED_PUBLICATION_REFUSED,
    ARCHIVED,
    REMINDER_SENT,
    TRANSLATION_LINKED,
    REFERENCES_IMPORTED
}

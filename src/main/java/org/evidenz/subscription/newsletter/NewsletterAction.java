package org.evidenz.subscription.newsletter;

import org.evidenz.audit.AuditAction;

/** What the audit log records of newsletters. */
public enum NewsletterAction implements AuditAction {
    NEWSLETTER_COMPOSED,
    NEWSLETTER_SENT
}

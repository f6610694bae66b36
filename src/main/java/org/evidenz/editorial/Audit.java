package org.evidenz.editorial;

/**
 * The audit log, for other modules' changes (feedback triage, deletions, newsletters sent). An entry joins the
 * transaction of the change it records: call it inside that transaction.
 */
public interface Audit {

    /** Records that {@code actor} (an e-mail address, or "system" for jobs) did {@code action}. */
    void record(String actor, AuditAction action, String details);
}

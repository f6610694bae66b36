package org.evidenz.feedback;

import org.evidenz.audit.AuditAction;

/** What the audit log records of reader feedback: every step, never a reader's words or address. */
public enum FeedbackAction implements AuditAction {
    FEEDBACK_STATUS_CHANGED,
    FEEDBACK_NOTE_ADDED,
    FEEDBACK_TASK_CREATED,
    FEEDBACK_TASK_DONE,
    FEEDBACK_SUMMARY_WRITTEN,
    FEEDBACK_SUMMARY_PUBLISHED,
    FEEDBACK_SUMMARY_WITHDRAWN,
    FEEDBACK_LOOKED_UP,
    FEEDBACK_EXPORTED,
    FEEDBACK_DELETED,
    FEEDBACK_RETENTION,
    FEEDBACK_KEY_ROTATED
}

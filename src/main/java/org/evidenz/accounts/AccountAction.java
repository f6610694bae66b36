package org.evidenz.accounts;

import org.evidenz.audit.AuditAction;

/** What the audit log records of sign-ins and accounts. */
public enum AccountAction implements AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    USER_CREATED,
    ROLES_CHANGED,
    FEEDBACK_ACCESS_GRANTED,
    PASSWORD_SET,
    PASSWORD_CHANGED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED
}

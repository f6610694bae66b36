package org.evidenz.audit;

/**
 * What an audit entry records. Each module names its own actions, as an enum implementing this; the log stores the
 * name.
 */
public interface AuditAction {

    String name();
}

package org.evidenz.support;

import java.util.List;

import org.evidenz.audit.AuditEntry;
import org.evidenz.audit.AuditFilter;
import org.evidenz.audit.AuditLog;
import org.evidenz.shared.Paging;

/** The audit log as tests read it: the newest entries matching a filter, as the first page of the viewer shows. */
public final class AuditEntries {

    private AuditEntries() {
    }

    public static List<AuditEntry> newest(AuditLog audit, AuditFilter filter) {
        return audit.find(filter, Paging.editorList(1, audit.count(filter)));
    }
}

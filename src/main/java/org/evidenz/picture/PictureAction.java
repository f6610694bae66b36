package org.evidenz.picture;

import org.evidenz.audit.AuditAction;

/** What the audit log records about pictures. */
enum PictureAction implements AuditAction {
    PICTURE_UPLOADED,
    PICTURE_CHANGED
}

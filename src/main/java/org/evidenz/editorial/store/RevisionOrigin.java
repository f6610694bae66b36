package org.evidenz.editorial.store;

/** How a revision came about. */
public enum RevisionOrigin {
    CREATED,
    EDITED,
    RESTORED,
    PUBLISHED,
    IMPORTED
}

package org.evidenz.editorial.store;

import java.time.Instant;

import org.evidenz.bundle.ItemKey;

/**
 * An item's place in the store: its latest revision, the one readers see (null when never published) and the
 * version number that guards against overwriting someone else's save.
 */
public record StoredItem(ItemKey key, int lockVersion, int latestRevision, Integer publishedRevision,
        Instant createdAt, String createdBy) {

    /** Changed since it was last published (or never published). */
    public boolean hasUnpublishedChanges() {
        return publishedRevision == null || latestRevision > publishedRevision;
    }
}

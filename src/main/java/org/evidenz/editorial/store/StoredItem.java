package org.evidenz.editorial.store;

import java.time.Instant;

import org.evidenz.bundle.ItemKey;

/**
 * An item's place in the store: its latest revision, the one readers see (null when never published) and the
 * version number that guards against overwriting someone else's save. The generation is new whenever the item is
 * created, also by an import, which starts the revisions at 1 again: a revision number means one text only within a
 * generation.
 */
public record StoredItem(ItemKey key, int lockVersion, int latestRevision, Integer publishedRevision,
        Instant createdAt, String createdBy, String generation) {

    /** Whether this is still the item an editor opened as {@code generation}: no import replaced it since. */
    public boolean isGeneration(String generation) {
        return this.generation.equals(generation);
    }

    /** Changed since it was last published (or never published). */
    public boolean hasUnpublishedChanges() {
        return publishedRevision == null || latestRevision > publishedRevision;
    }
}

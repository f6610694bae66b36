package org.evidenz.editorial.store;

import java.time.Instant;

import org.evidenz.bundle.ItemKey;

/** One saved state of an item, in the bundle format; revisions are never changed. */
public record Revision(ItemKey key, int number, String document, RevisionOrigin origin, String author,
        Instant createdAt, String note) {
}

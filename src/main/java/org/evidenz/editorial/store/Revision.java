package org.evidenz.editorial.store;

import org.evidenz.bundle.ItemKey;
import java.time.Instant;

/** One saved state of an item, in the bundle format; revisions are never changed. */
public record Revision(ItemKey key, int number, String document, RevisionOrigin origin, String author,
        Instant createdAt, String note) {
}

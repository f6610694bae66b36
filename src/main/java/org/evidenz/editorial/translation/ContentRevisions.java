package org.evidenz.editorial.translation;

import java.util.HashMap;
import java.util.Map;

import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.RevisionOrigin;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How each revision of the originals came about, read once (without documents) for a whole overview. */
final class ContentRevisions {

    private final Map<ItemKey, Map<Integer, RevisionOrigin>> origins = new HashMap<>();

    ContentRevisions(JdbcClient jdbc, Language language) {
        jdbc.sql("select kind, id, revision, origin from content_revision where lang = ?")
                .param(language.code())
                .query(rs -> {
                    ItemKey key = new ItemKey(ItemKind.valueOf(rs.getString("kind")), language, rs.getString("id"));
                    origins.computeIfAbsent(key, k -> new HashMap<>())
                            .put(rs.getInt("revision"), RevisionOrigin.valueOf(rs.getString("origin")));
                });
    }

    /**
     * Whether the content changed after revision {@code from} up to {@code to}: some revision in between was
     * written by a person or an import. Revisions made by publication only set dates and status.
     */
    boolean changedBetween(ItemKey key, int from, int to) {
        Map<Integer, RevisionOrigin> byRevision = origins.getOrDefault(key, Map.of());
        for (int revision = from + 1; revision <= to; revision++) {
            RevisionOrigin origin = byRevision.get(revision);
            if (origin != null && origin != RevisionOrigin.PUBLISHED) {
                return true;
            }
        }
        return false;
    }
}

package org.evidenz.editorial.workflow;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.ItemKey;
import org.evidenz.editorial.store.StoredItem;

/**
 * The items of an article's scope with the revisions they had when review began: publication checks that nothing
 * changed since, so that what is published is what was reviewed.
 */
record ScopeSnapshot(Map<String, Integer> revisions) {

    static ScopeSnapshot of(Iterable<ItemKey> keys, ContentStore store) {
        Map<String, Integer> revisions = new TreeMap<>();
        for (ItemKey key : keys) {
            revisions.put(key.toString(), store.find(key).map(StoredItem::latestRevision).orElse(0));
        }
        return new ScopeSnapshot(revisions);
    }

    static ScopeSnapshot parse(String text) {
        Map<String, Integer> revisions = new TreeMap<>();
        if (text != null && !text.isBlank()) {
            for (String entry : text.split(";")) {
                int at = entry.lastIndexOf('@');
                revisions.put(entry.substring(0, at), Integer.parseInt(entry.substring(at + 1)));
            }
        }
        return new ScopeSnapshot(revisions);
    }

    String text() {
        return revisions.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /** The items whose revision differs between the two snapshots, or that only one of them has. */
    java.util.List<String> changedSince(ScopeSnapshot earlier) {
        java.util.Set<String> keys = new java.util.TreeSet<>(revisions.keySet());
        keys.addAll(earlier.revisions.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(revisions.get(k), earlier.revisions.get(k)))
                .toList();
    }
}

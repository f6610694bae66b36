package org.evidenz.editorial.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.shared.Language;

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

    /** Each item with the revision it had (0: it did not exist, such as a cited source nobody has entered). */
    Map<ItemKey, Integer> items() {
        Map<ItemKey, Integer> items = new LinkedHashMap<>();
        revisions.forEach((key, revision) -> items.put(key(key), revision));
        return items;
    }

    /** The items whose revision differs between the two snapshots, or that only one of them has. */
    List<String> changedSince(ScopeSnapshot earlier) {
        Set<String> keys = new TreeSet<>(revisions.keySet());
        keys.addAll(earlier.revisions.keySet());
        return keys.stream().filter(k -> !Objects.equals(revisions.get(k), earlier.revisions.get(k))).toList();
    }

    /** The key that {@link ItemKey#toString()} wrote: {@code kind/lang/id}, or {@code sources/id}. */
    private static ItemKey key(String text) {
        String[] kindAndRest = text.split("/", 2);
        ItemKind kind = ItemKind.fromPlural(kindAndRest[0])
                .orElseThrow(() -> new IllegalStateException("Not an item key: " + text));
        if (!kind.perLanguage()) {
            return new ItemKey(kind, null, kindAndRest[1]);
        }
        String[] langAndId = kindAndRest[1].split("/", 2);
        return new ItemKey(kind, Language.of(langAndId[0]), langAndId[1]);
    }
}

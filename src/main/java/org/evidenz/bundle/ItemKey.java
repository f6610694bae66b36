package org.evidenz.bundle;

import org.evidenz.shared.Language;

/** Which item: its kind, language (null for sources) and id. */
public record ItemKey(ItemKind kind, Language language, String id) {

    public static ItemKey of(Item item) {
        return new ItemKey(item.kind(), item.language(), item.id());
    }

    /** The language's code, or empty for sources, which every language shares. */
    public String lang() {
        return language == null ? "" : language.code();
    }

    @Override
    public String toString() {
        return kind.plural() + "/" + (language == null ? "" : language.code() + "/") + id;
    }
}

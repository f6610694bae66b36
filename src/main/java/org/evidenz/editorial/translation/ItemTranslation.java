package org.evidenz.editorial.translation;

import org.evidenz.bundle.ItemKey;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.shared.Language;

/**
 * One item in one translation language: the original's revision translators should work from (the published one,
 * or the latest when it was never published), the translation's revisions, the link that holds for its latest
 * revision, and the state of its latest and of its published revision.
 */
public record ItemTranslation(ItemKey original, int originalReference, Language language, StoredItem translation,
        TranslationLinks.Link link, TranslationState latest, TranslationState published) {

    public ItemKey translationKey() {
        return new ItemKey(original.kind(), language, original.id());
    }

    /** The original's revision the latest translation translates, or null when unknown. */
    public Integer translatedRevision() {
        return link == null ? null : link.originalRevision();
    }
}

package org.evidenz.editorial.authoring;

import java.util.List;
import java.util.Map;

import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.shared.Language;

/**
 * An item's form as it is to be shown: what it holds, what is wrong with it, and against which version it was opened.
 *
 * @param stored the item being edited, or null for a new one
 * @param lockVersion the version the editor opened, so that a save over someone else's is a conflict
 * @param generation the generation of the item the editor opened, so that a save over an import is a conflict
 * @param baseRevision the revision the form started from
 * @param error the message above the form, or null
 * @param note the note of the save (why it was changed)
 */
record ItemForm(ItemKind kind, Language language, StoredItem stored, Map<String, Object> values,
        List<BundleProblem> problems, int lockVersion, String generation, int baseRevision, EditConflict conflict,
        String error, String note) {

    /** A form for a new item, empty or with the given values. */
    static ItemForm blank(ItemKind kind, Language language, Map<String, Object> values) {
        return new ItemForm(kind, language, null, values, List.of(), 0, "", 0, null, null, null);
    }

    /** The form of a stored item, as of its latest revision or with what was typed. */
    static ItemForm of(StoredItem stored, Map<String, Object> values, String generation, int lockVersion,
            int baseRevision, String note) {
        return new ItemForm(stored.key().kind(), stored.key().language(), stored, values, List.of(), lockVersion,
                generation, baseRevision, null, null, note);
    }

    ItemForm refused(List<BundleProblem> why, String message) {
        return new ItemForm(kind, language, stored, values, why, lockVersion, generation, baseRevision, conflict,
                message, note);
    }

    /** Someone else saved first: the form keeps what was typed, now based on their revision. */
    ItemForm conflicting(StoredItem current, EditConflict with, String message) {
        return new ItemForm(kind, language, current, values, List.of(), current.lockVersion(),
                current.generation(), current.latestRevision(), with, message, note);
    }
}

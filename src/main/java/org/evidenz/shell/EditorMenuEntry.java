package org.evidenz.shell;

import java.util.function.Predicate;

/**
 * One link in the editor's menu. The module whose screen it opens declares it as a bean; the shell shows the entries
 * each editor may see, in their order.
 *
 * @param order where the entry stands, lower first
 * @param section the name a screen gives its {@link EditorPage} to mark this entry as the current one
 * @param visibleTo whether a signed-in editor sees the entry
 */
public record EditorMenuEntry(int order, String label, String path, String section, Predicate<SignedIn> visibleTo) {

    /** An entry for editors who hold any of the roles. */
    public static EditorMenuEntry forRoles(int order, String label, String path, String section, Role... roles) {
        return new EditorMenuEntry(order, label, path, section, editor -> java.util.Arrays.stream(roles)
                .anyMatch(editor::has));
    }
}

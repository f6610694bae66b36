package org.evidenz.editorial.authoring;

import java.util.List;

import org.evidenz.accounts.User;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemReading;
import org.evidenz.editorial.store.ConflictException;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.Revision;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** The revisions of an item: its history, the difference between any two, and restoring an old one. */
@Controller
class RevisionsController {

    private final ContentStore store;
    private final ItemEditor editor;
    private final EditorScreens screens;

    RevisionsController(ContentStore store, ItemEditor editor, EditorScreens screens) {
        this.store = store;
        this.editor = editor;
        this.screens = screens;
    }

    @GetMapping("/editor/items/{kind}/{lang}/{id}/history")
    String history(User user, @PathVariable("kind") String kindName, @PathVariable String lang,
            @PathVariable String id, HttpServletRequest request, Model model) {
        ItemKey key = EditorPaths.key(kindName, lang, id);
        StoredItem stored = stored(key);
        model.addAttribute("page", screens.page("History of " + key.id(), "content", request, model))
                .addAttribute("key", key).addAttribute("stored", stored).addAttribute("path", EditorPaths.path(key))
                .addAttribute("revisions", store.history(key))
                .addAttribute("mayEdit", user.has(Role.AUTHOR));
        return "editorial/history";
    }

    @GetMapping("/editor/items/{kind}/{lang}/{id}/diff")
    String diff(User user, @PathVariable("kind") String kindName, @PathVariable String lang, @PathVariable String id,
            @RequestParam int from, @RequestParam int to, HttpServletRequest request, Model model) {
        ItemKey key = EditorPaths.key(kindName, lang, id);
        stored(key);
        Revision older = store.revision(key, Math.min(from, to))
                .orElseThrow(() -> new NoSuchItemException("There is no revision " + Math.min(from, to) + "."));
        Revision newer = store.revision(key, Math.max(from, to))
                .orElseThrow(() -> new NoSuchItemException("There is no revision " + Math.max(from, to) + "."));
        List<FieldDiff.Row> rows = FieldDiff.between(ItemFormat.map(store.item(key, older.number())),
                ItemFormat.map(store.item(key, newer.number())));
        model.addAttribute("page", screens.page("Changes to " + key.id(), "content", request, model))
                .addAttribute("key", key).addAttribute("path", EditorPaths.path(key)).addAttribute("older", older)
                .addAttribute("newer", newer).addAttribute("rows", rows);
        return "editorial/diff";
    }

    @PostMapping("/editor/items/{kind}/{lang}/{id}/restore")
    String restore(User user, @PathVariable("kind") String kindName, @PathVariable String lang,
            @PathVariable String id, @RequestParam int revision, @RequestParam(name = "_lockVersion") int lockVersion,
            @RequestParam(name = "_generation", defaultValue = "") String generation, RedirectAttributes redirect) {
        ItemKey key = EditorPaths.key(kindName, lang, id);
        stored(key);
        try {
            ItemReading reading = editor.restore(key, revision, generation, lockVersion, user);
            if (!reading.valid()) {
                EditorScreens.error(redirect, "Revision " + revision + " cannot be restored, because it no longer "
                        + "fits the rest of the content: " + String.join("; ", reading.problems().stream()
                                .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.reason()).toList()));
                return "redirect:" + EditorPaths.path(key) + "/history";
            }
        } catch (ConflictException e) {
            EditorScreens.error(redirect, "Not restored: someone else saved this item in the meantime. Look at the "
                    + "history again and restore if it is still right.");
            return "redirect:" + EditorPaths.path(key) + "/history";
        }
        EditorScreens.notice(redirect, "Revision " + revision + " restored as revision " + stored(key).latestRevision()
                + ".");
        return "redirect:" + EditorPaths.path(key);
    }

    private StoredItem stored(ItemKey key) {
        return store.find(key).orElseThrow(() -> new NoSuchItemException("There is no "
                + EditorPaths.singular(key.kind()) + " '" + key.id() + "'."));
    }
}

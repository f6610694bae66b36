package org.evidenz.editorial.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.bundle.ItemReading;
import org.evidenz.editorial.store.ConflictException;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.Revision;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.editorial.translation.Translations;
import org.evidenz.shared.Language;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Creating and changing items: a form per kind built from {@link ItemSchemas}, checked by the bundle rules, saved as
 * a new revision. A refused form answers 422 with every problem next to its field and keeps what was typed; a save
 * over someone else's answers 409 with their changes.
 */
@Controller
class ItemFormController {

    private static final String CORRECT = "Nothing was saved: please correct the fields marked below.";

    private final ContentStore store;
    private final ItemEditor editor;
    private final ItemFormValues forms;
    private final ItemFormPage page;
    private final Translations translations;

    ItemFormController(ContentStore store, ItemEditor editor, ItemFormValues forms, ItemFormPage page,
            Translations translations) {
        this.store = store;
        this.editor = editor;
        this.forms = forms;
        this.page = page;
        this.translations = translations;
    }

    @GetMapping("/editor/items/{kind}/new")
    String newItem(User user, @PathVariable("kind") String kindName, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) String translate, HttpServletRequest request, Model model) {
        ItemKind kind = EditorPaths.kind(kindName);
        if (!user.has(Role.AUTHOR)) {
            throw new AccessDeniedException("Creating content needs the role AUTHOR.");
        }
        Language language = kind.perLanguage() ? EditorPaths.language(lang) : null;
        Map<String, Object> values = kind == ItemKind.ARTICLE ? forms.newArticleDefaults() : new LinkedHashMap<>();
        if (translate != null && language != null) {
            // A translation starts as a copy of the original: same id, same structure, text to be translated.
            store.latest(new ItemKey(kind, translations.originalLanguage(), translate))
                    .ifPresent(original -> values.putAll(ItemFormat.map(original)));
        }
        return page.render(ItemForm.blank(kind, language, values), user, request, model);
    }

    @PostMapping("/editor/items/{kind}/new")
    String create(User user, @PathVariable("kind") String kindName, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(name = "_action", defaultValue = "save") String action, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        ItemKind kind = EditorPaths.kind(kindName);
        Language language = kind.perLanguage() ? EditorPaths.language(lang) : null;
        Map<String, Object> values = forms.ofNew(kind, request);
        ItemForm form = ItemForm.blank(kind, language, values);
        if (ItemForms.apply(action, values, ItemSchemas.of(kind))) {
            return page.render(form, user, request, model);
        }
        ItemReading reading;
        try {
            reading = editor.create(kind, language, ItemFormValues.text(kind, values), user);
        } catch (DuplicateKeyException e) {
            // The same form sent twice at once (a double click): the first copy created the item, this one lost
            // the race for its id after both had been checked.
            reading = new ItemReading(null, List.of(new BundleProblem(kind.plural(), 0, "id", "an item with this id "
                    + "was created just now, perhaps by sending this form twice; find it in the list")));
        }
        if (!reading.valid()) {
            response.setStatus(422);
            return page.render(form.refused(ItemFormValues.placed(kind, values, reading.problems()), CORRECT), user,
                    request, model);
        }
        EditorScreens.notice(redirect, "Created " + reading.item().id() + " (revision 1).");
        return "redirect:" + EditorPaths.path(ItemKey.of(reading.item()));
    }

    @GetMapping("/editor/items/{kind}/{lang}/{id}")
    String edit(User user, @PathVariable("kind") String kindName, @PathVariable String lang, @PathVariable String id,
            HttpServletRequest request, Model model) {
        StoredItem stored = forms.stored(EditorPaths.key(kindName, lang, id));
        Map<String, Object> values = ItemFormat.map(store.item(stored, stored.latestRevision()));
        return page.render(ItemForm.of(stored, values, stored.generation(), stored.lockVersion(),
                stored.latestRevision(), null), user, request, model);
    }

    @PostMapping("/editor/items/{kind}/{lang}/{id}")
    String save(User user, @PathVariable("kind") String kindName, @PathVariable String lang, @PathVariable String id,
            @RequestParam(name = "_action", defaultValue = "save") String action,
            @RequestParam(name = "_lockVersion") int lockVersion,
            @RequestParam(name = "_generation", defaultValue = "") String generation,
            @RequestParam(name = "_baseRevision") int baseRevision,
            @RequestParam(name = "_note", required = false) String note, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        ItemKey key = EditorPaths.key(kindName, lang, id);
        StoredItem stored = forms.stored(key);
        Map<String, Object> values = forms.of(stored, request);
        ItemForm form = ItemForm.of(stored, values, generation, lockVersion, baseRevision, note);
        if (ItemForms.apply(action, values, ItemSchemas.of(key.kind()))) {
            return page.render(form, user, request, model);
        }
        try {
            ItemReading reading = editor.save(key, ItemFormValues.text(key.kind(), values), generation, lockVersion,
                    user, note);
            if (!reading.valid()) {
                response.setStatus(422);
                return page.render(form.refused(ItemFormValues.placed(key.kind(), values, reading.problems()),
                        CORRECT), user, request, model);
            }
        } catch (ConflictException e) {
            StoredItem current = e.current();
            Revision theirs = store.revision(key, current.latestRevision()).orElseThrow();
            Map<String, Object> now = ItemFormat.map(store.item(current, current.latestRevision()));
            // After an import the form's base revision belongs to content that is gone (or is another text under
            // the same number): compare the import with what the editor typed instead.
            boolean replaced = !current.isGeneration(generation);
            List<FieldDiff.Row> changes = replaced ? FieldDiff.between(values, now)
                    : FieldDiff.between(ItemFormat.map(store.item(current, baseRevision)), now);
            response.setStatus(409);
            return page.render(form.conflicting(current, new EditConflict(theirs, baseRevision, changes, replaced),
                    replaced ? "Not saved: the content was replaced by an import while you were editing it."
                            : "Not saved: someone else saved this item while you were editing it."),
                    user, request, model);
        }
        EditorScreens.notice(redirect, "Saved as revision " + forms.stored(key).latestRevision() + ".");
        return "redirect:" + EditorPaths.path(key);
    }
}

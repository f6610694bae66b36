package org.evidenz.editorial.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.accounts.User;
import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.workflow.ArticleWorkflow;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.shared.Language;
import org.evidenz.shell.EditorPage;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.evidenz.source.Bibliography;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Shows an {@link ItemForm}: its fields from {@link ItemSchemas}, each problem next to its field, and why it is
 * locked.
 */
@Component
class ItemFormPage {

    private final ContentStore store;
    private final Workflows workflows;
    private final Bibliography bibliography;
    private final EditorScreens screens;

    ItemFormPage(ContentStore store, Workflows workflows, Bibliography bibliography, EditorScreens screens) {
        this.store = store;
        this.workflows = workflows;
        this.bibliography = bibliography;
        this.screens = screens;
    }

    String render(ItemForm form, User user, HttpServletRequest request, Model model) {
        // The note of a save is not part of the item: its problem goes next to the note, not among the fields.
        String noteProblem = form.problems().stream().filter(p -> p.field().equals(ItemEditor.NOTE_FIELD))
                .map(BundleProblem::reason).findFirst().orElse(null);
        List<BundleProblem> problems = form.problems().stream()
                .filter(p -> !p.field().equals(ItemEditor.NOTE_FIELD)).toList();
        List<FieldSpec> specs = specs(form);
        String id = form.stored() == null ? null : form.stored().key().id();
        String title = id == null ? "New " + EditorPaths.singular(form.kind())
                : EditorPaths.singular(form.kind()) + " " + id;
        EditorPage page = screens.page(title, "content", request, model);
        if (form.error() != null) {
            page = page.withError(form.error());
        }
        boolean reviewed = form.kind() == ItemKind.ARTICLE || form.kind() == ItemKind.PAGE;
        Optional<ArticleWorkflow> workflow = id != null && reviewed ? workflows.find(form.language(), id)
                : Optional.empty();
        String lockedReason = !user.has(Role.AUTHOR) ? "You can read this item; changing it needs the role AUTHOR."
                : workflow.filter(w -> w.state().inReview()).isPresent()
                        ? "This article is in review, so it cannot change under its reviewers. A reviewer can send "
                                + "it back to draft." : null;
        String citation = null;
        if (form.kind() == ItemKind.SOURCE && form.stored() != null && problems.isEmpty()) {
            citation = bibliography.single(store.source(form.stored().key(), form.stored().latestRevision()))
                    .citation();
        }
        String action = form.stored() == null ? "/editor/items/" + form.kind().plural() + "/new?lang="
                + (form.language() == null ? "en" : form.language().code()) : EditorPaths.path(form.stored().key());
        model.addAttribute("page", page).addAttribute("kind", form.kind()).addAttribute("language", form.language())
                .addAttribute("stored", form.stored())
                .addAttribute("fields", ItemForms.fields(specs, form.values(), problems))
                .addAttribute("unplaced", ItemForms.unplaced(specs, form.values(), problems))
                .addAttribute("lockVersion", form.lockVersion())
                .addAttribute("generation", form.generation()).addAttribute("baseRevision", form.baseRevision())
                .addAttribute("conflict", form.conflict()).addAttribute("citation", citation)
                .addAttribute("action", action).addAttribute("lockedReason", lockedReason)
                .addAttribute("workflowState", workflow.map(w -> w.state().name()).orElse(null))
                .addAttribute("path", form.stored() == null ? null : EditorPaths.path(form.stored().key()))
                .addAttribute("note", form.note() == null ? "" : form.note()).addAttribute("noteProblem", noteProblem)
                .addAttribute("maxNote", ItemEditor.MAX_NOTE_LENGTH)
                .addAttribute("known", known(specs, form.language()));
        return "editorial/item";
    }

    /** The fields of the kind; an existing item's id, and a published item's address, can no longer change. */
    private static List<FieldSpec> specs(ItemForm form) {
        boolean exists = form.stored() != null;
        boolean published = exists && form.stored().publishedRevision() != null;
        return ItemSchemas.of(form.kind()).stream()
                .map(spec -> exists && spec.name().equals("id")
                        ? spec.readOnly().hint("Ids are permanent: other items and other languages refer to them.")
                        : published && spec.name().equals("slug")
                                ? spec.readOnly().hint("Published addresses never change: readers, links and the "
                                        + "other language's pages point here.")
                                : spec)
                .toList();
    }

    /** The ids of the existing items the form's fields may refer to, by the list that suggests them. */
    private Map<String, List<String>> known(List<FieldSpec> specs, Language language) {
        Map<String, List<String>> known = new LinkedHashMap<>();
        specs.stream().flatMap(FieldSpec::references).distinct().forEach(kind -> known.put(
                FormField.suggestionsId(kind), store.list(kind, kind.perLanguage() ? language : null).stream()
                        .map(item -> item.key().id()).toList()));
        return known;
    }
}

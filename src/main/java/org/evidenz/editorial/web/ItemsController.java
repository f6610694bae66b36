package org.evidenz.editorial.web;

import org.evidenz.editorial.EditorPage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.article.ArticleStatus;
import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKind;
import org.evidenz.bundle.ItemReading;
import org.evidenz.editorial.Role;
import org.evidenz.editorial.accounts.User;
import org.evidenz.editorial.authoring.ItemEditor;
import org.evidenz.editorial.store.ConflictException;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.bundle.ItemKey;
import org.evidenz.editorial.store.Revision;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.editorial.translation.Translations;
import org.evidenz.editorial.workflow.ArticleWorkflow;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.shared.Language;
import org.evidenz.shared.PlannedDate;
import org.evidenz.source.Bibliography;
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
 * Editing content: lists per kind, a form per item built from {@link ItemSchemas}, saving as a new revision,
 * history, differences between revisions, restoring, and the preview of an article as readers would see it.
 */
@Controller
class ItemsController {

    static final int PAGE_SIZE = 50;

    private final ContentStore store;
    private final Translations translations;
    private final ItemEditor editor;
    private final Workflows workflows;
    private final Bibliography bibliography;
    private final DraftPreviews drafts;
    private final EditorPages pages;
    private final Clock clock;

    ItemsController(ContentStore store, ItemEditor editor, Workflows workflows, Bibliography bibliography,
            DraftPreviews drafts, EditorPages pages, Translations translations, Clock clock) {
        this.translations = translations;
        this.store = store;
        this.editor = editor;
        this.workflows = workflows;
        this.bibliography = bibliography;
        this.drafts = drafts;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/editor/content")
    String content(User user, @RequestParam(defaultValue = "en") String lang, HttpServletRequest request,
            Model model) {
        Language language = EditorPaths.language(lang);
        Map<ItemKind, Integer> counts = new LinkedHashMap<>();
        Map<ItemKind, Long> pending = new LinkedHashMap<>();
        for (ItemKind kind : ItemKind.values()) {
            List<StoredItem> items = store.list(kind, kind.perLanguage() ? language : null);
            counts.put(kind, items.size());
            pending.put(kind, items.stream().filter(StoredItem::hasUnpublishedChanges).count());
        }
        model.addAttribute("page", pages.page("Content", "content", user, request, model))
                .addAttribute("language", language).addAttribute("languages", List.of(Language.values()))
                .addAttribute("counts", counts).addAttribute("pending", pending)
                .addAttribute("articles", listed(ItemKind.ARTICLE, language, 1).items());
        return "editorial/content";
    }

    @GetMapping("/editor/items/{kind}")
    String list(User user, @PathVariable("kind") String kindName, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        ItemKind kind = EditorPaths.kind(kindName);
        Language language = EditorPaths.language(lang);
        ItemListing listing = listed(kind, language, page);
        model.addAttribute("page", pages.page(EditorPaths.title(kind), "content", user, request, model))
                .addAttribute("kind", kind).addAttribute("language", language)
                .addAttribute("languages", List.of(Language.values()))
                .addAttribute("listing", listing)
                .addAttribute("mayEdit", user.has(Role.AUTHOR));
        return "editorial/items";
    }

    @GetMapping("/editor/items/{kind}/new")
    String newItem(User user, @PathVariable("kind") String kindName, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) String translate, HttpServletRequest request, Model model) {
        ItemKind kind = EditorPaths.kind(kindName);
        requireAuthor(user);
        Language language = kind.perLanguage() ? EditorPaths.language(lang) : null;
        Map<String, Object> values = kind == ItemKind.ARTICLE ? newArticleDefaults() : new LinkedHashMap<>();
        if (translate != null && language != null) {
            // A translation starts as a copy of the original: same id, same structure, text to be translated.
            store.latest(new ItemKey(kind, translations.originalLanguage(), translate))
                    .ifPresent(original -> values.putAll(ItemFormat.map(original)));
        }
        return form(user, kind, language, null, values, List.of(), 0, 0, null, null, null, request, model);
    }

    @PostMapping("/editor/items/{kind}/new")
    String create(User user, @PathVariable("kind") String kindName, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(name = "_action", defaultValue = "save") String action, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        ItemKind kind = EditorPaths.kind(kindName);
        Language language = kind.perLanguage() ? EditorPaths.language(lang) : null;
        List<FieldSpec> specs = ItemSchemas.of(kind);
        Map<String, Object> values = ItemForms.bind(specs, request.getParameterMap());
        if (kind == ItemKind.ARTICLE) {
            values.putAll(newArticleDefaults());
        }
        if (ItemForms.apply(action, values, specs)) {
            return form(user, kind, language, null, values, List.of(), 0, 0, null, null, null, request, model);
        }
        ItemReading reading;
        try {
            reading = editor.create(kind, language, text(kind, values), user);
        } catch (DuplicateKeyException e) {
            // The same form sent twice at once (a double click): the first copy created the item, this one lost
            // the race for its id after both had been checked.
            reading = new ItemReading(null, List.of(new BundleProblem(kind.plural(), 0, "id", "an item with this id "
                    + "was created just now, perhaps by sending this form twice; find it in the list")));
        }
        if (!reading.valid()) {
            response.setStatus(422);
            return form(user, kind, language, null, values, placed(kind, values, reading.problems()), 0, 0, null,
                    "Nothing was saved: please correct the fields marked below.", null, request, model);
        }
        EditorPages.notice(redirect, "Created " + reading.item().id() + " (revision 1).");
        return "redirect:" + EditorPaths.path(ItemKey.of(reading.item()));
    }

    @GetMapping("/editor/items/{kind}/{lang}/{id}")
    String edit(User user, @PathVariable("kind") String kindName, @PathVariable String lang, @PathVariable String id,
            HttpServletRequest request, Model model) {
        ItemKey key = EditorPaths.key(kindName, lang, id);
        StoredItem stored = stored(key);
        Map<String, Object> values = ItemFormat.map(store.item(key, stored.latestRevision()));
        return form(user, key.kind(), key.language(), stored, values, List.of(), stored.lockVersion(),
                stored.latestRevision(), null, null, null, request, model);
    }

    @PostMapping("/editor/items/{kind}/{lang}/{id}")
    String save(User user, @PathVariable("kind") String kindName, @PathVariable String lang, @PathVariable String id,
            @RequestParam(name = "_action", defaultValue = "save") String action,
            @RequestParam(name = "_lockVersion") int lockVersion,
            @RequestParam(name = "_baseRevision") int baseRevision,
            @RequestParam(name = "_note", required = false) String note, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        ItemKey key = EditorPaths.key(kindName, lang, id);
        StoredItem stored = stored(key);
        List<FieldSpec> specs = ItemSchemas.of(key.kind());
        Map<String, Object> values = ItemForms.bind(specs, request.getParameterMap());
        injectSystemFields(key, stored, values);
        values.put("id", key.id());
        if (ItemForms.apply(action, values, specs)) {
            return form(user, key.kind(), key.language(), stored, values, List.of(), lockVersion, baseRevision, null,
                    null, note, request, model);
        }
        try {
            ItemReading reading = editor.save(key, text(key.kind(), values), lockVersion, user, note);
            if (!reading.valid()) {
                response.setStatus(422);
                return form(user, key.kind(), key.language(), stored, values,
                        placed(key.kind(), values, reading.problems()), lockVersion, baseRevision, null,
                        "Nothing was saved: please correct the fields marked below.", note, request, model);
            }
        } catch (ConflictException e) {
            StoredItem current = e.current();
            Revision theirs = store.revision(key, current.latestRevision()).orElseThrow();
            List<FieldDiff.Row> changes = FieldDiff.between(ItemFormat.map(store.item(key, baseRevision)),
                    ItemFormat.map(store.item(key, current.latestRevision())));
            response.setStatus(409);
            return form(user, key.kind(), key.language(), current, values, List.of(), current.lockVersion(),
                    current.latestRevision(), new EditConflict(theirs, baseRevision, changes),
                    "Not saved: someone else saved this item while you were editing it.", note, request, model);
        }
        StoredItem saved = stored(key);
        EditorPages.notice(redirect, "Saved as revision " + saved.latestRevision() + ".");
        return "redirect:" + EditorPaths.path(key);
    }

    @GetMapping("/editor/items/articles/{lang}/{id}/preview")
    String preview(User user, @PathVariable String lang, @PathVariable String id, Model model) {
        ItemKey key = EditorPaths.key("articles", lang, id);
        StoredItem stored = stored(key);
        Item.ArticleItem article = (Item.ArticleItem) store.item(key, stored.latestRevision());
        return drafts.render(article.article(), model);
    }

    /** Renders what the form holds now, saved or not: the live preview. */
    @PostMapping("/editor/items/articles/{lang}/{id}/preview")
    String previewForm(User user, @PathVariable String lang, @PathVariable String id, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ItemKey key = EditorPaths.key("articles", lang, id);
        StoredItem stored = stored(key);
        Map<String, Object> values = ItemForms.bind(ItemSchemas.of(ItemKind.ARTICLE), request.getParameterMap());
        injectSystemFields(key, stored, values);
        values.put("id", key.id());
        ItemReading reading = ItemFormat.read(ItemKind.ARTICLE, key.language(), key.id(),
                text(ItemKind.ARTICLE, values), store.latestItems());
        if (!reading.valid()) {
            response.setStatus(422);
            model.addAttribute("page", pages.page("Preview", "content", user, request, model))
                    .addAttribute("heading", "No preview yet")
                    .addAttribute("message", "The article has problems to correct first: " + String.join("; ",
                            placed(ItemKind.ARTICLE, values, reading.problems()).stream()
                                    .map(p -> (p.field().isEmpty() ? "line " + p.line() : p.field()) + ": "
                                            + p.reason()).toList()))
                    .addAttribute("back", null);
            return "editorial/message";
        }
        return drafts.render(((Item.ArticleItem) reading.item()).article(), model);
    }


    private String form(User user, ItemKind kind, Language language, StoredItem stored, Map<String, Object> values,
            List<BundleProblem> allProblems, int lockVersion, int baseRevision, EditConflict conflict, String error,
            String note, HttpServletRequest request, Model model) {
        // The note of a save is not part of the item: its problem goes next to the note, not among the fields.
        String noteProblem = allProblems.stream().filter(p -> p.field().equals(ItemEditor.NOTE_FIELD))
                .map(BundleProblem::reason).findFirst().orElse(null);
        List<BundleProblem> problems = allProblems.stream().filter(p -> !p.field().equals(ItemEditor.NOTE_FIELD))
                .toList();
        List<FieldSpec> specs = ItemSchemas.of(kind).stream()
                .map(spec -> stored != null && spec.name().equals("id")
                        ? spec.readOnly().hint("Ids are permanent: other items and other languages refer to them.")
                        : stored != null && stored.publishedRevision() != null && spec.name().equals("slug")
                                ? spec.readOnly().hint("Published addresses never change: readers, links and the "
                                        + "other language's pages point here.")
                                : spec)
                .toList();
        String id = stored == null ? null : stored.key().id();
        String title = stored == null ? "New " + EditorPaths.singular(kind) : EditorPaths.singular(kind) + " " + id;
        EditorPage page = pages.page(title, "content", user, request, model);
        if (error != null) {
            page = page.withError(error);
        }
        Optional<ArticleWorkflow> workflow = stored != null && kind == ItemKind.ARTICLE
                ? workflows.find(language, id) : Optional.empty();
        String lockedReason = !user.has(Role.AUTHOR) ? "You can read this item; changing it needs the role AUTHOR."
                : workflow.filter(w -> w.state().inReview()).isPresent()
                        ? "This article is in review, so it cannot change under its reviewers. A reviewer can send "
                                + "it back to draft." : null;
        String citation = null;
        if (kind == ItemKind.SOURCE && stored != null && problems.isEmpty()) {
            citation = bibliography.single(((Item.SourceItem) store.item(stored.key(),
                    stored.latestRevision())).source()).citation();
        }
        String action = stored == null ? "/editor/items/" + kind.plural() + "/new?lang="
                + (language == null ? "en" : language.code()) : EditorPaths.path(stored.key());
        model.addAttribute("page", page).addAttribute("kind", kind).addAttribute("language", language)
                .addAttribute("stored", stored).addAttribute("fields", ItemForms.fields(specs, values, problems))
                .addAttribute("unplaced", ItemForms.unplaced(specs, values, problems))
                .addAttribute("lockVersion", lockVersion).addAttribute("baseRevision", baseRevision)
                .addAttribute("conflict", conflict).addAttribute("citation", citation)
                .addAttribute("action", action).addAttribute("lockedReason", lockedReason)
                .addAttribute("workflowState", workflow.map(w -> w.state().name()).orElse(null))
                .addAttribute("path", stored == null ? null : EditorPaths.path(stored.key()))
                .addAttribute("note", note == null ? "" : note).addAttribute("noteProblem", noteProblem)
                .addAttribute("maxNote", ItemEditor.MAX_NOTE_LENGTH)
                .addAttribute("known", known(specs, language));
        return "editorial/item";
    }

    /** The ids of the existing items the form's fields may refer to, by the list that suggests them. */
    private Map<String, List<String>> known(List<FieldSpec> specs, Language language) {
        Map<String, List<String>> known = new LinkedHashMap<>();
        specs.stream().flatMap(FieldSpec::references).distinct().forEach(kind -> known.put(
                FormField.suggestionsId(kind), store.list(kind, kind.perLanguage() ? language : null).stream()
                        .map(item -> item.key().id()).toList()));
        return known;
    }

    private ItemListing listed(ItemKind kind, Language language, int page) {
        List<StoredItem> all = store.list(kind, kind.perLanguage() ? language : null);
        int pagesTotal = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pagesTotal));
        List<ListedItem> items = new ArrayList<>();
        for (StoredItem stored : all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE))) {
            Map<String, Object> values = ItemFormat.map(store.item(stored.key(), stored.latestRevision()));
            String state = kind == ItemKind.ARTICLE ? workflows.find(language, stored.key().id())
                    .map(w -> w.state().name()).orElse("") : "";
            items.add(new ListedItem(stored, label(values), EditorPaths.path(stored.key()), state));
        }
        return new ItemListing(items, current, pagesTotal, all.size());
    }

    /** Article dates and status are the workflow's: the form shows them but cannot set them. */
    private void injectSystemFields(ItemKey key, StoredItem stored, Map<String, Object> values) {
        if (stored.publishedRevision() != null && ItemSchemas.of(key.kind()).stream()
                .anyMatch(spec -> spec.name().equals("slug"))) {
            values.put("slug", ItemFormat.map(store.item(key, stored.publishedRevision())).get("slug"));
        }
        if (key.kind() != ItemKind.ARTICLE) {
            return;
        }
        Map<String, Object> current = ItemFormat.map(store.item(key, stored.latestRevision()));
        for (String field : List.of("status", "updated", "next-review")) {
            values.put(field, current.get(field));
        }
    }

    private Map<String, Object> newArticleDefaults() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", ArticleStatus.DRAFT.name());
        values.put("updated", today.toString());
        values.put("next-review", PlannedDate.ofDate(today.plusYears(ArticleWorkflow.DEFAULT_REVIEW_CYCLE_YEARS))
                .toString());
        return values;
    }

    private static String text(ItemKind kind, Map<String, Object> values) {
        return ItemFormat.text(kind, ItemForms.clean(values));
    }

    /** The problems of {@link #text}, each named by the form field it is in, so that it is shown next to it. */
    private static List<BundleProblem> placed(ItemKind kind, Map<String, Object> values,
            List<BundleProblem> problems) {
        return ItemForms.inFormEntries(values, ItemFormat.located(kind, ItemForms.clean(values), problems));
    }

    static String label(Map<String, Object> values) {
        for (String field : List.of("title", "name", "term", "payer")) {
            if (values.get(field) instanceof String text) {
                return text;
            }
        }
        Object statement = values.get("statement");
        return statement == null ? String.valueOf(values.get("id")) : abbreviate(statement.toString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 89).strip() + "…";
    }

    private StoredItem stored(ItemKey key) {
        return store.find(key).orElseThrow(() -> new NoSuchItemException("There is no " + EditorPaths.singular(key.kind())
                + " '" + key.id() + "'."));
    }

    private static void requireAuthor(User user) {
        if (!user.has(Role.AUTHOR)) {
            throw new AccessDeniedException("Creating content needs the role AUTHOR.");
        }
    }
}

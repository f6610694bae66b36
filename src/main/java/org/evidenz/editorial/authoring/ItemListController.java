package org.evidenz.editorial.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.shared.Language;
import org.evidenz.shared.Paging;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/** The content overview (how many items of each kind, how many with unpublished changes) and the lists per kind. */
@Controller
class ItemListController {

    private final ContentStore store;
    private final Workflows workflows;
    private final EditorScreens screens;

    ItemListController(ContentStore store, Workflows workflows, EditorScreens screens) {
        this.store = store;
        this.workflows = workflows;
        this.screens = screens;
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
        model.addAttribute("page", screens.page("Content", "content", request, model))
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
        model.addAttribute("page", screens.page(EditorPaths.title(kind), "content", request, model))
                .addAttribute("kind", kind).addAttribute("language", language)
                .addAttribute("languages", List.of(Language.values()))
                .addAttribute("listing", listed(kind, language, page))
                .addAttribute("mayEdit", user.has(Role.AUTHOR));
        return "editorial/items";
    }

    private ItemListing listed(ItemKind kind, Language language, int page) {
        List<StoredItem> all = store.list(kind, kind.perLanguage() ? language : null);
        Paging paging = Paging.editorList(page, all.size());
        List<ListedItem> items = new ArrayList<>();
        for (StoredItem stored : paging.of(all)) {
            Map<String, Object> values = ItemFormat.map(store.item(stored.key(), stored.latestRevision()));
            boolean reviewed = kind == ItemKind.ARTICLE || kind == ItemKind.PAGE;
            String state = reviewed ? workflows.find(language, stored.key().id())
                    .map(w -> w.state().name()).orElse("") : "";
            items.add(new ListedItem(stored, ItemLabel.of(values), EditorPaths.path(stored.key()), state));
        }
        return new ItemListing(items, paging);
    }
}

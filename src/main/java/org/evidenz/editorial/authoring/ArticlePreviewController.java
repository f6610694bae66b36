package org.evidenz.editorial.authoring;

import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.bundle.ItemReading;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.shell.EditorScreens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** An article as readers would see it: its latest revision, or what its form holds now, saved or not. */
@Controller
class ArticlePreviewController {

    private final ContentStore store;
    private final ItemFormValues forms;
    private final DraftPreviews drafts;
    private final EditorScreens screens;

    ArticlePreviewController(ContentStore store, ItemFormValues forms, DraftPreviews drafts, EditorScreens screens) {
        this.store = store;
        this.forms = forms;
        this.drafts = drafts;
        this.screens = screens;
    }

    @GetMapping("/editor/items/articles/{lang}/{id}/preview")
    String preview(User user, @PathVariable String lang, @PathVariable String id, Model model) {
        StoredItem stored = forms.stored(EditorPaths.key("articles", lang, id));
        return drafts.render(store.article(stored.key(), stored.latestRevision()), model);
    }

    /** Renders what the form holds now, saved or not: the live preview. */
    @PostMapping("/editor/items/articles/{lang}/{id}/preview")
    String previewForm(User user, @PathVariable String lang, @PathVariable String id, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ItemKey key = EditorPaths.key("articles", lang, id);
        Map<String, Object> values = forms.of(forms.stored(key), request);
        ItemReading reading = ItemFormat.read(ItemKind.ARTICLE, key.language(), key.id(),
                ItemFormValues.text(ItemKind.ARTICLE, values), store.latestItems());
        if (!reading.valid()) {
            response.setStatus(422);
            model.addAttribute("page", screens.page("Preview", "content", request, model))
                    .addAttribute("heading", "No preview yet")
                    .addAttribute("message", "The article has problems to correct first: " + String.join("; ",
                            ItemFormValues.placed(ItemKind.ARTICLE, values, reading.problems()).stream()
                                    .map(p -> (p.field().isEmpty() ? "line " + p.line() : p.field()) + ": "
                                            + p.reason()).toList()))
                    .addAttribute("back", null);
            return "shell/message";
        }
        return drafts.render(((Item.ArticleItem) reading.item()).article(), model);
    }
}

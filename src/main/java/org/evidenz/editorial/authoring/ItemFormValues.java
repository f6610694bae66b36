package org.evidenz.editorial.authoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.article.ArticleStatus;
import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.editorial.workflow.ArticleWorkflow;
import org.evidenz.shared.PlannedDate;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a sent item form holds, as the bundle format's fields: bound from the request, with the fields an editor
 * cannot set (an article's dates and status, a published address) taken from the stored item.
 */
@Component
class ItemFormValues {

    private final ContentStore store;
    private final Clock clock;

    ItemFormValues(ContentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The stored item an editor address names; a clear refusal when there is none. */
    StoredItem stored(ItemKey key) {
        return store.find(key).orElseThrow(() -> new NoSuchItemException("There is no "
                + EditorPaths.singular(key.kind()) + " '" + key.id() + "'."));
    }

    /** The fields of a new item's form as sent. */
    Map<String, Object> ofNew(ItemKind kind, HttpServletRequest request) {
        Map<String, Object> values = ItemForms.bind(ItemSchemas.of(kind), request.getParameterMap());
        if (kind == ItemKind.ARTICLE) {
            values.putAll(newArticleDefaults());
        }
        return values;
    }

    /** The fields of a stored item's form as sent, with what only the workflow sets. */
    Map<String, Object> of(StoredItem stored, HttpServletRequest request) {
        ItemKey key = stored.key();
        Map<String, Object> values = ItemForms.bind(ItemSchemas.of(key.kind()), request.getParameterMap());
        if (stored.publishedRevision() != null && ItemSchemas.of(key.kind()).stream()
                .anyMatch(spec -> spec.name().equals("slug"))) {
            values.put("slug", ItemFormat.map(store.item(key, stored.publishedRevision())).get("slug"));
        }
        if (key.kind() == ItemKind.ARTICLE) {
            Map<String, Object> current = ItemFormat.map(store.item(key, stored.latestRevision()));
            for (String field : List.of("status", "updated", "next-review")) {
                values.put(field, current.get(field));
            }
        }
        values.put("id", key.id());
        return values;
    }

    /** A new article is a draft, updated today, to be reviewed a review cycle from today. */
    Map<String, Object> newArticleDefaults() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", ArticleStatus.DRAFT.name());
        values.put("updated", today.toString());
        values.put("next-review", PlannedDate.ofDate(today.plusYears(ArticleWorkflow.DEFAULT_REVIEW_CYCLE_YEARS))
                .toString());
        return values;
    }

    /** The item's text in the bundle format. */
    static String text(ItemKind kind, Map<String, Object> values) {
        return ItemFormat.text(kind, ItemForms.clean(values));
    }

    /** The problems of {@link #text}, each named by the form field it is in, so that it is shown next to it. */
    static List<BundleProblem> placed(ItemKind kind, Map<String, Object> values, List<BundleProblem> problems) {
        return ItemForms.inFormEntries(values, ItemFormat.located(kind, ItemForms.clean(values), problems));
    }
}

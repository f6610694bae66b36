package org.evidenz.editorial.workflow;

import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.shared.Language;
import org.springframework.stereotype.Component;

/**
 * What a workflow is the review of: an article, or a page about the site. Both are kept by (language, id), which the
 * bundle format keeps unique across the two kinds, so the id alone says which it is.
 */
@Component
public class WorkflowSubjects {

    private final ContentStore store;

    WorkflowSubjects(ContentStore store) {
        this.store = store;
    }

    /** The item a workflow reviews and publishes. */
    public ItemKey key(Language language, String id) {
        ItemKey page = new ItemKey(ItemKind.PAGE, language, id);
        return store.find(page).isPresent() ? page : new ItemKey(ItemKind.ARTICLE, language, id);
    }

    public ItemKey key(ArticleWorkflow workflow) {
        return key(workflow.language(), workflow.articleId());
    }

    /** The title of its latest revision, or its id. */
    public String title(Language language, String id) {
        return store.latest(key(language, id)).map(item -> ItemFormat.map(item).get("title"))
                .map(Object::toString).orElse(id);
    }

    public boolean isPage(ArticleWorkflow workflow) {
        return key(workflow).kind() == ItemKind.PAGE;
    }
}

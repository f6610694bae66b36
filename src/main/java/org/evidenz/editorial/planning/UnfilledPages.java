package org.evidenz.editorial.planning;

import java.util.Arrays;
import java.util.List;

import org.evidenz.article.AboutPage;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.authoring.EditorPaths;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published pages about the site that readers see with a placeholder still in them (such as an imprint without the
 * operator's address): the dashboard warns editors about each until a revision without one is published.
 */
@Component
class UnfilledPages {

    private final ContentStore store;

    UnfilledPages(ContentStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    List<UnfilledPage> published() {
        return Arrays.stream(Language.values()).flatMap(language -> store.list(ItemKind.PAGE, language).stream())
                .filter(stored -> stored.publishedRevision() != null)
                .map(stored -> ((Item.PageItem) store.item(stored, stored.publishedRevision())).page())
                .filter(AboutPage::hasPlaceholder)
                .map(page -> new UnfilledPage(page.language(), page.id(), page.title(),
                        EditorPaths.path(new ItemKey(ItemKind.PAGE, page.language(), page.id()))))
                .toList();
    }
}

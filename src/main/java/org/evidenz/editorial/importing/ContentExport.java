package org.evidenz.editorial.importing;

import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleStatus;
import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.picture.Pictures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All content as a bundle: every published item as readers see it, and every item never published as its latest
 * draft; each article with the status its workflow gives it. Changes to published items that are still under way
 * are left out, so that importing the export never publishes anything unreviewed (the database keeps them).
 */
@Service
public class ContentExport {

    private final ContentStore store;
    private final Workflows workflows;
    private final Pictures pictures;

    ContentExport(ContentStore store, Workflows workflows, Pictures pictures) {
        this.store = store;
        this.workflows = workflows;
        this.pictures = pictures;
    }

    @Transactional(readOnly = true)
    public Bundle export(String name) {
        List<Item> items = store.all().stream().map(this::exported).toList();
        return ItemFormat.bundle(name, items).withPictures(pictures.exported());
    }

    private Item exported(StoredItem stored) {
        boolean published = stored.publishedRevision() != null;
        Item item = store.item(stored.key(), published ? stored.publishedRevision() : stored.latestRevision());
        if (!(item instanceof Item.ArticleItem a)) {
            return item;
        }
        boolean archived = workflows.find(a.language(), a.id()).map(w -> w.state() == WorkflowState.ARCHIVED)
                .orElse(false);
        ArticleStatus status = archived ? ArticleStatus.ARCHIVED
                : published ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT;
        Article x = a.article();
        return new Item.ArticleItem(new Article(x.language(), x.id(), x.topicId(), x.slug(), x.title(), x.summary(),
                status, x.updated(), x.nextReview(), x.sections(), x.treatmentIds(), x.furtherSourceIds(),
                x.leadImageId()));
    }
}

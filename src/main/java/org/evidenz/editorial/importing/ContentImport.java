package org.evidenz.editorial.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.evidenz.article.ArticleReviews;
import org.evidenz.article.ArticleStatus;
import org.evidenz.article.ReviewFacts;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.LiveContent;
import org.evidenz.editorial.store.RevisionOrigin;
import org.evidenz.editorial.translation.Translations;
import org.evidenz.editorial.workflow.ArticleWorkflow;
import org.evidenz.editorial.workflow.ReviewRecords;
import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.picture.Pictures;
import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces all content with a validated bundle, in one transaction: every item becomes revision 1 of its history,
 * and what the bundle marks published (its published articles and every other item) is what readers see.
 */
@Service
public class ContentImport {

    private final ContentStore store;
    private final LiveContent live;
    private final Workflows workflows;
    private final ReviewRecords records;
    private final ArticleReviews reviews;
    private final AuditLog audit;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Pictures pictures;

    ContentImport(ContentStore store, LiveContent live, Workflows workflows, ReviewRecords records,
            ArticleReviews reviews, AuditLog audit, Translations translations, ApplicationEventPublisher events,
            Clock clock, Pictures pictures) {
        this.pictures = pictures;
        this.translations = translations;
        this.store = store;
        this.live = live;
        this.workflows = workflows;
        this.records = records;
        this.reviews = reviews;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public boolean isEmpty() {
        return store.all().isEmpty();
    }

    @Transactional
    public void replaceAll(Bundle bundle, String actor) {
        Instant now = clock.instant();
        records.deleteAll();
        workflows.deleteAll();
        translations.deleteAll();
        store.deleteAll();
        live.clear();
        List<Item> published = new ArrayList<>();
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (Item item : ItemFormat.items(bundle)) {
            ItemKey key = ItemKey.of(item);
            store.create(key, ItemFormat.write(item), RevisionOrigin.IMPORTED, actor, now);
            if (item.language() != null) {
                languages.add(item.language());
            }
            if (item instanceof Item.ArticleItem a) {
                ArticleStatus status = a.article().status();
                workflows.insert(new ArticleWorkflow(a.language(), a.id(), switch (status) {
                    case PUBLISHED -> WorkflowState.PUBLISHED;
                    case DRAFT -> WorkflowState.DRAFT;
                    case ARCHIVED -> WorkflowState.ARCHIVED;
                }, null, true, null, null, ArticleWorkflow.DEFAULT_REVIEW_CYCLE_YEARS, 0));
                if (status != ArticleStatus.PUBLISHED) {
                    continue;
                }
                records.publication(a.language(), a.id(), new ReviewRecords.Publication(1,
                        a.article().updated().atStartOfDay().toInstant(ZoneOffset.UTC), actor,
                        PublicationKind.IMPORTED, false, null));
                reviews.set(a.language(), a.id(), ReviewFacts.NONE);
            }
            if (item instanceof Item.PageItem p) {
                // A page has no status in the bundle: like every item but an article, it is published as imported.
                workflows.insert(new ArticleWorkflow(p.language(), p.id(), WorkflowState.PUBLISHED, null, false, null,
                        null, ArticleWorkflow.DEFAULT_REVIEW_CYCLE_YEARS, 0));
            }
            published.add(item);
            store.markPublished(key, 1);
        }
        live.publish(published);
        pictures.replaceAll(bundle.pictures(), actor);
        translations.linkUnlinked(actor);
        audit.record(now, actor, EditorialAction.CONTENT_IMPORTED, null, null, "'" + bundle.name() + "': "
                + ItemFormat.items(bundle).size() + " items, " + published.size() + " published");
        events.publishEvent(new ContentChanged(languages.isEmpty() ? EnumSet.allOf(Language.class) : languages));
    }
}

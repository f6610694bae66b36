package org.evidenz.editorial.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleReviews;
import org.evidenz.article.ArticleStatus;
import org.evidenz.article.ReviewFacts;
import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKind;
import org.evidenz.bundle.ItemReading;
import org.evidenz.editorial.ArticlePublished;
import org.evidenz.editorial.AuditAction;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.editorial.audit.AuditLog;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.ItemKey;
import org.evidenz.editorial.store.LiveContent;
import org.evidenz.editorial.store.RevisionOrigin;
import org.evidenz.editorial.store.Scope;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.editorial.translation.Translations;
import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.PlannedDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes an article and the unpublished changes in its scope what readers see, in the transaction of the workflow
 * step that calls it. If any change is published, the article counts as updated today; if none, as checked today.
 * Either way its next review is planned a review cycle from today.
 */
@Component
class Publisher {

    private final ContentStore store;
    private final LiveContent live;
    private final ArticleReviews reviewFacts;
    private final ReviewRecords records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final Translations translations;

    Publisher(ContentStore store, LiveContent live, ArticleReviews reviewFacts, ReviewRecords records,
            AuditLog audit, Translations translations, ApplicationEventPublisher events, Clock clock) {
        this.translations = translations;
        this.store = store;
        this.live = live;
        this.reviewFacts = reviewFacts;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The items that would be published with the article: its scope's unpublished changes. */
    List<ItemKey> pendingScope(ItemKey articleKey) {
        Article article = article(articleKey);
        return Scope.of(article, store.latestItems()).stream()
                .filter(key -> store.find(key).map(StoredItem::hasUnpublishedChanges).orElse(false))
                .toList();
    }

    PublicationKind publish(ArticleWorkflow workflow, String actor) {
        ItemKey articleKey = new ItemKey(ItemKind.ARTICLE, workflow.language(), workflow.articleId());
        List<ItemKey> pending = pendingScope(articleKey);
        boolean changed = pending.stream().anyMatch(key -> !key.equals(articleKey))
                || store.find(articleKey).map(s -> s.publishedRevision() == null).orElse(true)
                || contentChanged(articleKey);
        PublicationKind kind = changed ? PublicationKind.UPDATED : PublicationKind.CHECKED;
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        Article current = article(articleKey);
        Article dated = new Article(current.language(), current.id(), current.topicId(), current.slug(),
                current.title(), current.summary(), ArticleStatus.PUBLISHED,
                kind == PublicationKind.UPDATED ? today : current.updated(),
                PlannedDate.ofDate(today.plusYears(workflow.reviewCycleYears())), current.sections(),
                current.treatmentIds(), current.furtherSourceIds());
        StoredItem articleStored = store.find(articleKey).orElseThrow();
        StoredItem saved = store.save(articleKey, ItemFormat.write(new Item.ArticleItem(dated)),
                articleStored.lockVersion(), RevisionOrigin.PUBLISHED, actor, kind.name().toLowerCase(), now);

        Map<ItemKey, Integer> revisions = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (ItemKey key : pending) {
            if (!key.equals(articleKey)) {
                StoredItem stored = store.find(key).orElseThrow();
                revisions.put(key, stored.latestRevision());
                items.add(store.item(key, stored.latestRevision()));
            }
        }
        revisions.put(articleKey, saved.latestRevision());
        items.add(new Item.ArticleItem(dated));
        check(items);

        live.publish(items);
        revisions.forEach(store::markPublished);
        translations.refreshReaderFacts();
        List<ReviewRecords.Assignment> assignments = records.assignments(workflow.language(), workflow.articleId());
        boolean externalReview = !assignments.isEmpty() && assignments.stream().allMatch(ReviewRecords.Assignment::signedOff);
        reviewFacts.set(workflow.language(), workflow.articleId(),
                new ReviewFacts(kind == PublicationKind.CHECKED ? today : null, externalReview));
        records.publication(workflow.language(), workflow.articleId(), new ReviewRecords.Publication(
                saved.latestRevision(), now, actor, kind, externalReview,
                assignments.stream().map(ReviewRecords.Assignment::reviewer).collect(Collectors.joining(", "))));
        records.clearAssignments(workflow.language(), workflow.articleId());
        audit.record(now, actor, AuditAction.PUBLISHED, articleKey, saved.latestRevision(),
                kind + "; with " + (items.size() - 1) + " changed item(s): " + items.stream()
                        .filter(i -> !(i instanceof Item.ArticleItem)).map(i -> ItemKey.of(i).toString())
                        .collect(Collectors.joining(", ")));
        events.publishEvent(new ContentChanged(Set.of(workflow.language())));
        events.publishEvent(new ArticlePublished(workflow.language(), workflow.articleId(), saved.latestRevision(),
                kind));
        return kind;
    }

    void archive(ArticleWorkflow workflow, String actor) {
        ItemKey articleKey = new ItemKey(ItemKind.ARTICLE, workflow.language(), workflow.articleId());
        live.remove(articleKey);
        store.markUnpublished(articleKey);
        translations.refreshReaderFacts();
        audit.record(clock.instant(), actor, AuditAction.ARCHIVED, articleKey, null, null);
        events.publishEvent(new ContentChanged(Set.of(workflow.language())));
    }

    /** The article's own text differs from its published revision (besides the dates publication sets). */
    private boolean contentChanged(ItemKey articleKey) {
        StoredItem stored = store.find(articleKey).orElseThrow();
        if (stored.publishedRevision() == null) {
            return true;
        }
        Article latest = ((Item.ArticleItem) store.item(articleKey, stored.latestRevision())).article();
        Article published = ((Item.ArticleItem) store.item(articleKey, stored.publishedRevision())).article();
        return !withoutDates(latest).equals(withoutDates(published));
    }

    private static Article withoutDates(Article a) {
        return new Article(a.language(), a.id(), a.topicId(), a.slug(), a.title(), a.summary(), ArticleStatus.PUBLISHED,
                LocalDate.MIN, PlannedDate.ofYear(2000), a.sections(), a.treatmentIds(), a.furtherSourceIds());
    }

    /**
     * Everything published must hold together with what is published already: every reference resolves among
     * published items. Refuses the publication, listing each problem, when not.
     */
    private void check(List<Item> items) {
        Set<ItemKey> replaced = items.stream().map(ItemKey::of).collect(Collectors.toSet());
        List<Item> context = new ArrayList<>(store.publishedItems().stream()
                .filter(i -> !replaced.contains(ItemKey.of(i))).toList());
        context.addAll(items);
        List<String> problems = new ArrayList<>();
        for (Item item : items) {
            List<Item> others = context.stream().filter(i -> !ItemKey.of(i).equals(ItemKey.of(item))).toList();
            ItemReading reading = ItemFormat.read(item.kind(), item.language(), item.id(), ItemFormat.write(item),
                    others);
            for (BundleProblem problem : reading.problems()) {
                problems.add(ItemKey.of(item) + ": " + (problem.field().isEmpty() ? "" : problem.field() + ": ")
                        + problem.reason());
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("Publishing would leave readers with broken references: "
                    + String.join("; ", problems) + ". Publish the items they refer to first, or change them.");
        }
    }

    private Article article(ItemKey articleKey) {
        return ((Item.ArticleItem) store.latest(articleKey)
                .orElseThrow(() -> new WorkflowException("No article " + articleKey))).article();
    }
}

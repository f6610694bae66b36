package org.evidenz.editorial.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleReviews;
import org.evidenz.article.ArticleStatus;
import org.evidenz.article.ReviewFacts;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.bundle.ItemReading;
import org.evidenz.editorial.ArticlePublished;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.LiveContent;
import org.evidenz.editorial.store.Revision;
import org.evidenz.editorial.store.RevisionOrigin;
import org.evidenz.editorial.store.Scope;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.editorial.translation.Translations;
import org.evidenz.picture.Pictures;
import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.PlannedDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes an article and the unpublished changes in its scope what readers see, in the transaction of the workflow
 * step that calls it: exactly the revisions that were reviewed, or nothing ({@link #publish}). If any change is
 * published, the article counts as updated today; if none, as checked today. Either way its next review is planned
 * a review cycle from today.
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
    private final WorkflowSubjects subjects;
    private final Pictures pictures;

    Publisher(ContentStore store, LiveContent live, ArticleReviews reviewFacts, ReviewRecords records,
            AuditLog audit, Translations translations, ApplicationEventPublisher events, Clock clock,
            WorkflowSubjects subjects, Pictures pictures) {
        this.pictures = pictures;
        this.subjects = subjects;
        this.translations = translations;
        this.store = store;
        this.live = live;
        this.reviewFacts = reviewFacts;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The items that would be published with the article as it stands: its scope's unpublished changes. */
    List<ItemKey> pendingScope(ItemKey subject) {
        return scope(subject).stream()
                .filter(key -> store.find(key).map(StoredItem::hasUnpublishedChanges).orElse(false))
                .toList();
    }

    /** The article's scope as it stands, each item with its latest revision. */
    ScopeSnapshot currentScope(ArticleWorkflow workflow) {
        return ScopeSnapshot.of(scope(key(workflow)), store);
    }

    /** The items of the scope that changed since the round began: added, removed, or saved again. */
    List<String> changedSinceReview(ArticleWorkflow workflow) {
        return currentScope(workflow).changedSince(ScopeSnapshot.parse(workflow.reviewedScope()));
    }

    /**
     * The reviewed revision of every item in the reviewed scope that readers do not see yet: what a publication would
     * carry to them. In the scope's order, which is the order new items take among those readers already see.
     */
    Map<ItemKey, Integer> unpublishedReviewed(ArticleWorkflow workflow) {
        Map<ItemKey, Integer> reviewed = ScopeSnapshot.parse(workflow.reviewedScope()).items();
        Set<ItemKey> keys = new LinkedHashSet<>(scope(key(workflow)));
        keys.addAll(reviewed.keySet());
        Map<ItemKey, Integer> unpublished = new LinkedHashMap<>();
        for (ItemKey key : keys) {
            Integer revision = reviewed.get(key);
            if (revision != null && revision > 0) {
                store.find(key).filter(stored -> stored.publishedRevision() == null
                        || revision > stored.publishedRevision()).ifPresent(stored -> unpublished.put(key, revision));
            }
        }
        return unpublished;
    }

    /** Every revision a publication would carry to readers: after each item's published one, up to the reviewed. */
    List<Revision> carriedRevisions(ArticleWorkflow workflow) {
        List<Revision> carried = new ArrayList<>();
        unpublishedReviewed(workflow).forEach((key, reviewed) -> {
            Integer published = store.find(key).orElseThrow().publishedRevision();
            for (int number = published == null ? 1 : published + 1; number <= reviewed; number++) {
                store.revision(key, number).ifPresent(carried::add);
            }
        });
        return carried;
    }

    /**
     * Publishes exactly the revisions that were reviewed, or refuses: every path to readers (publishing now, the
     * scheduled job) comes through here, so none can publish a change made after review.
     *
     * @throws PublicationRefused when an item of the scope changed since the round began, or when the publication
     *         would leave readers with broken references; nothing is written then
     */
    PublicationKind publish(ArticleWorkflow workflow, String actor) {
        requireAsReviewed(workflow);
        ItemKey articleKey = key(workflow);
        if (articleKey.kind() == ItemKind.PAGE) {
            return publishPage(workflow, articleKey, actor);
        }
        Map<ItemKey, Integer> carried = unpublishedReviewed(workflow);
        StoredItem articleStored = store.find(articleKey).orElseThrow();
        int reviewedArticle = ScopeSnapshot.parse(workflow.reviewedScope()).items().get(articleKey);
        boolean changed = carried.keySet().stream().anyMatch(key -> !key.equals(articleKey))
                || articleStored.publishedRevision() == null
                || contentChanged(articleKey, reviewedArticle, articleStored.publishedRevision());
        PublicationKind kind = changed ? PublicationKind.UPDATED : PublicationKind.CHECKED;
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        Article current = store.article(articleKey, reviewedArticle);
        Article dated = new Article(current.language(), current.id(), current.topicId(), current.slug(),
                current.title(), current.summary(), ArticleStatus.PUBLISHED,
                kind == PublicationKind.UPDATED ? today : current.updated(),
                PlannedDate.ofDate(today.plusYears(workflow.reviewCycleYears())), current.sections(),
                current.treatmentIds(), current.furtherSourceIds(), current.leadImageId());
        StoredItem saved = store.save(articleKey, ItemFormat.write(new Item.ArticleItem(dated)),
                articleStored.lockVersion(), RevisionOrigin.PUBLISHED, actor, kind.name().toLowerCase(), now);

        Map<ItemKey, Integer> revisions = new HashMap<>();
        List<Item> items = new ArrayList<>();
        carried.forEach((key, revision) -> {
            if (!key.equals(articleKey)) {
                revisions.put(key, revision);
                items.add(store.item(key, revision));
            }
        });
        revisions.put(articleKey, saved.latestRevision());
        items.add(new Item.ArticleItem(dated));
        check(items);

        live.publish(items);
        revisions.forEach(store::markPublished);
        translations.refreshReaderFacts();
        List<ReviewRecords.Assignment> assignments = records.assignments(workflow.language(), workflow.articleId());
        boolean externalReview = !assignments.isEmpty()
                && assignments.stream().allMatch(ReviewRecords.Assignment::signedOff);
        reviewFacts.set(workflow.language(), workflow.articleId(),
                new ReviewFacts(kind == PublicationKind.CHECKED ? today : null, externalReview));
        records.publication(workflow.language(), workflow.articleId(), new ReviewRecords.Publication(
                saved.latestRevision(), now, actor, kind, externalReview,
                assignments.stream().map(ReviewRecords.Assignment::reviewer).collect(Collectors.joining(", "))));
        records.clearAssignments(workflow.language(), workflow.articleId());
        audit.record(now, actor, EditorialAction.PUBLISHED, articleKey, saved.latestRevision(),
                kind + "; with " + (items.size() - 1) + " changed item(s): " + items.stream()
                        .filter(i -> !(i instanceof Item.ArticleItem)).map(i -> ItemKey.of(i).toString())
                        .collect(Collectors.joining(", ")));
        events.publishEvent(new ContentChanged(Set.of(workflow.language())));
        events.publishEvent(new ArticlePublished(workflow.language(), workflow.articleId(), saved.latestRevision(),
                kind));
        return kind;
    }

    /**
     * A page about the site: exactly its reviewed revision and the unpublished sources it cites, checked like an
     * article's scope. It carries no review dates and announces no article, so newsletters and alerts stay silent.
     */
    private PublicationKind publishPage(ArticleWorkflow workflow, ItemKey pageKey, String actor) {
        Map<ItemKey, Integer> carried = unpublishedReviewed(workflow);
        StoredItem pageStored = store.find(pageKey).orElseThrow();
        int reviewedPage = ScopeSnapshot.parse(workflow.reviewedScope()).items().get(pageKey);
        PublicationKind kind = carried.isEmpty() ? PublicationKind.CHECKED : PublicationKind.UPDATED;
        Instant now = clock.instant();
        List<Item> items = new ArrayList<>();
        carried.forEach((key, revision) -> items.add(store.item(key, revision)));
        check(items);
        live.publish(items);
        carried.forEach(store::markPublished);
        translations.refreshReaderFacts();
        records.publication(workflow.language(), workflow.articleId(), new ReviewRecords.Publication(
                pageStored.publishedRevision() != null && carried.isEmpty() ? pageStored.publishedRevision()
                        : reviewedPage, now, actor, kind, false, ""));
        records.clearAssignments(workflow.language(), workflow.articleId());
        audit.record(now, actor, EditorialAction.PUBLISHED, pageKey, reviewedPage, kind + "; with "
                + items.size() + " changed item(s): " + items.stream().map(i -> ItemKey.of(i).toString())
                        .collect(Collectors.joining(", ")));
        events.publishEvent(new ContentChanged(Set.of(workflow.language())));
        return kind;
    }

    /** What a publication of the article or page covers, as the content stands. */
    private Set<ItemKey> scope(ItemKey subject) {
        if (subject.kind() == ItemKind.PAGE) {
            Item page = store.latest(subject).orElseThrow(() -> new WorkflowException("No page " + subject));
            return Scope.of(((Item.PageItem) page).page());
        }
        return Scope.of(article(subject), store.latestItems());
    }

    /**
     * Refuses, naming the items, when anything in the article's scope changed since the round began.
     *
     * @throws PublicationRefused when so
     */
    void requireAsReviewed(ArticleWorkflow workflow) {
        List<String> changed = changedSinceReview(workflow);
        if (!changed.isEmpty()) {
            throw new PublicationRefused("Changed since it was sent to review: " + String.join(", ", changed)
                    + ". Send it back so that the changes are reviewed.");
        }
    }

    void archive(ArticleWorkflow workflow, String actor) {
        ItemKey articleKey = key(workflow);
        live.remove(articleKey);
        store.markUnpublished(articleKey);
        translations.refreshReaderFacts();
        audit.record(clock.instant(), actor, EditorialAction.ARCHIVED, articleKey, null, null);
        events.publishEvent(new ContentChanged(Set.of(workflow.language())));
    }

    /** The article's reviewed text differs from its published revision (besides the dates publication sets). */
    private boolean contentChanged(ItemKey articleKey, int reviewed, int published) {
        Article underReview = store.article(articleKey, reviewed);
        Article shown = store.article(articleKey, published);
        return !withoutDates(underReview).equals(withoutDates(shown));
    }

    private static Article withoutDates(Article a) {
        return new Article(a.language(), a.id(), a.topicId(), a.slug(), a.title(), a.summary(), ArticleStatus.PUBLISHED,
                LocalDate.MIN, PlannedDate.ofYear(2000), a.sections(), a.treatmentIds(), a.furtherSourceIds(),
                a.leadImageId());
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
            // An image without alt text never reaches readers: the text is checked in the item's language.
            String lead = item instanceof Item.ArticleItem a && a.article().leadImageId() != null
                    ? "![](image:" + a.article().leadImageId() + ")" : "";
            for (String problem : pictures.problems(item.language(), ItemFormat.write(item) + "\n" + lead)) {
                problems.add(ItemKey.of(item) + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new PublicationRefused("Publishing would leave readers with broken references: "
                    + String.join("; ", problems) + ". Publish the items they refer to first, or change them.");
        }
    }

    private ItemKey key(ArticleWorkflow workflow) {
        return subjects.key(workflow);
    }

    private Article article(ItemKey articleKey) {
        return store.latestArticle(articleKey.language(), articleKey.id())
                .orElseThrow(() -> new WorkflowException("No article " + articleKey));
    }
}

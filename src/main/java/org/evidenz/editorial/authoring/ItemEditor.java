package org.evidenz.editorial.authoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evidenz.accounts.User;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.bundle.ItemReading;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.editorial.store.ConflictException;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.Revision;
import org.evidenz.editorial.store.RevisionOrigin;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.editorial.workflow.ArticleWorkflow;
import org.evidenz.editorial.workflow.WorkflowException;
import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, saves and restores items. Every save is checked by the bundle rules against the rest of the content
 * before anything is written, makes a new revision, and is audited; a save based on an outdated version is refused
 * with the current state, never merged silently.
 */
@Service
public class ItemEditor {

    /** {@code content_revision.note}. */
    public static final int MAX_NOTE_LENGTH = 1000;
    /** Where a problem with the note of a save is reported: the note is not part of the item. */
    public static final String NOTE_FIELD = "_note";

    private final ContentStore store;
    private final Workflows workflows;
    private final AuditLog audit;
    private final Clock clock;

    ItemEditor(ContentStore store, Workflows workflows, AuditLog audit, Clock clock) {
        this.store = store;
        this.workflows = workflows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks an item's text as a save would, without saving. */
    @Transactional(readOnly = true)
    public ItemReading check(ItemKind kind, Language language, String existingId, String text) {
        return ItemFormat.read(kind, language, existingId, text, store.latestItems());
    }

    /** Creates a new item; returns the problems instead when the text is not valid. */
    @Transactional
    public ItemReading create(ItemKind kind, Language language, String text, User actor) {
        requireAuthor(actor);
        ItemReading reading = check(kind, language, null, text);
        if (!reading.valid()) {
            return reading;
        }
        Item item = reading.item();
        ItemKey key = ItemKey.of(item);
        Instant now = clock.instant();
        store.create(key, ItemFormat.write(item), RevisionOrigin.CREATED, actor.email(), now);
        if (item instanceof Item.ArticleItem || item instanceof Item.PageItem) {
            // External experts review what readers rely on for health decisions, not the site's own pages.
            workflows.insert(new ArticleWorkflow(language, item.id(), WorkflowState.DRAFT, null,
                    item instanceof Item.ArticleItem, null,
                    actor.email(), ArticleWorkflow.DEFAULT_REVIEW_CYCLE_YEARS, 0));
        }
        audit.record(now, actor.email(), EditorialAction.ITEM_CREATED, key, 1, null);
        return reading;
    }

    /**
     * Saves a new revision.
     *
     * @throws ConflictException when someone else saved since {@code lockVersion} was read; nothing is written
     */
    @Transactional
    public ItemReading save(ItemKey key, String text, int lockVersion, User actor, String note) {
        return save(key, text, null, lockVersion, actor, note);
    }

    /**
     * Saves a new revision over the generation of the item the editor opened.
     *
     * @throws ConflictException when someone else saved since {@code lockVersion} was read, or an import replaced
     *         the item since {@code generation} was read (null: not checked); nothing is written
     */
    @Transactional
    public ItemReading save(ItemKey key, String text, String generation, int lockVersion, User actor, String note) {
        requireAuthor(actor);
        refuseWhileInReview(key);
        ItemReading reading = keepPublishedSlug(key, check(key.kind(), key.language(), key.id(), text));
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE_LENGTH) {
            List<BundleProblem> problems = new ArrayList<>(reading.problems());
            problems.add(new BundleProblem(key.kind().plural(), 0, NOTE_FIELD, String.format(Locale.ENGLISH,
                    "A note has at most %,d characters; this one has %,d.", MAX_NOTE_LENGTH, cleanNote.length())));
            return new ItemReading(null, problems);
        }
        if (!reading.valid()) {
            return reading;
        }
        StoredItem saved = store.save(key, ItemFormat.write(reading.item()), generation, lockVersion,
                RevisionOrigin.EDITED, actor.email(), cleanNote, clock.instant());
        audit.record(clock.instant(), actor.email(), EditorialAction.ITEM_SAVED, key, saved.latestRevision(),
                cleanNote);
        return reading;
    }

    /** Makes an old revision the newest again, as a new revision; history stays as it was. */
    @Transactional
    public ItemReading restore(ItemKey key, int revision, String generation, int lockVersion, User actor) {
        requireAuthor(actor);
        refuseWhileInReview(key);
        store.find(key).filter(stored -> generation != null && !stored.isGeneration(generation))
                .ifPresent(replaced -> {
                    throw new ConflictException(replaced);
                });
        Revision old = store.revision(key, revision)
                .orElseThrow(() -> new WorkflowException("There is no revision " + revision + " of " + key + "."));
        ItemReading reading = keepPublishedSlug(key, check(key.kind(), key.language(), key.id(), old.document()));
        if (!reading.valid()) {
            return reading;
        }
        StoredItem saved = store.save(key, ItemFormat.write(reading.item()), generation, lockVersion,
                RevisionOrigin.RESTORED,
                actor.email(), "restored revision " + revision, clock.instant());
        audit.record(clock.instant(), actor.email(), EditorialAction.ITEM_RESTORED, key, saved.latestRevision(),
                "from revision " + revision);
        return reading;
    }

    /**
     * Once readers have seen an item at its address, the address stays: links, bookmarks, search engines and the
     * other language's switch all point there. A changed slug of a published item is refused.
     */
    private ItemReading keepPublishedSlug(ItemKey key, ItemReading reading) {
        if (!reading.valid()) {
            return reading;
        }
        Object published = store.find(key).map(StoredItem::publishedRevision)
                .map(revision -> ItemFormat.map(store.item(key, revision)).get("slug")).orElse(null);
        Object wanted = ItemFormat.map(reading.item()).get("slug");
        if (published == null || published.equals(wanted)) {
            return reading;
        }
        return new ItemReading(null, List.of(new BundleProblem(key.kind().plural(), 0, "slug", "readers know this "
                + "item at the address '" + published + "', so it stays; published addresses never change.")));
    }

    /** An article or page under review must not change under its reviewers; it is sent back to draft first. */
    private void refuseWhileInReview(ItemKey key) {
        if (key.kind() != ItemKind.ARTICLE && key.kind() != ItemKind.PAGE) {
            return;
        }
        workflows.find(key.language(), key.id()).filter(w -> w.state().inReview()).ifPresent(w -> {
            throw new WorkflowException("This article is under review; it can be changed again once a reviewer "
                    + "sends it back to draft.");
        });
    }

    private static void requireAuthor(User actor) {
        if (!actor.has(Role.AUTHOR)) {
            throw new AccessDeniedException("Changing content needs the role AUTHOR.");
        }
    }
}

package org.evidenz.editorial.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.evidenz.article.Article;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.evidenz.source.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Every item with all its revisions. Saving makes a new revision and never changes an old one; a save based on an
 * outdated version is refused ({@link ConflictException}), so nobody's work is overwritten silently.
 */
@Repository
public class ContentStore {

    private static final String ITEM_COLUMNS =
            "kind, lang, id, lock_version, latest_revision, published_revision, created_at, created_by, generation";

    private final JdbcClient jdbc;
    /**
     * Revisions never change, so a parsed one stays valid; bounded so that old ones fall out. Keyed by the item's
     * generation as well as the revision number: an import (perhaps in another process on the same database)
     * starts revision numbers at 1 again, but always with a new generation.
     */
    private final Cache<String, Item> parsed = Caffeine.newBuilder().maximumSize(20_000).build();

    ContentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredItem> find(ItemKey key) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from content_item where kind = ? and lang = ? and id = ?")
                .params(key.kind().name(), key.lang(), key.id())
                .query(ContentStore::item).optional();
    }

    /** Items of a kind in a language (null: sources), in the order they were created. */
    public List<StoredItem> list(ItemKind kind, Language language) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from content_item where kind = ? and lang = ? order by seq")
                .params(kind.name(), language == null ? "" : language.code())
                .query(ContentStore::item).list();
    }

    /** Every item, in the order they were created (the order of their lists, such as a treatment's findings). */
    public List<StoredItem> all() {
        return jdbc.sql("select " + ITEM_COLUMNS + " from content_item order by seq")
                .query(ContentStore::item).list();
    }

    public Optional<Revision> revision(ItemKey key, int number) {
        return jdbc.sql("select revision, document, origin, author, created_at, note from content_revision "
                        + "where kind = ? and lang = ? and id = ? and revision = ?")
                .params(key.kind().name(), key.lang(), key.id(), number)
                .query((rs, n) -> revision(key, rs)).optional();
    }

    /** All revisions of an item, newest first. */
    public List<Revision> history(ItemKey key) {
        return jdbc.sql("select revision, document, origin, author, created_at, note from content_revision "
                        + "where kind = ? and lang = ? and id = ? order by revision desc")
                .params(key.kind().name(), key.lang(), key.id())
                .query((rs, n) -> revision(key, rs)).list();
    }

    /** The item as of a revision. */
    public Item item(ItemKey key, int number) {
        String generation = jdbc.sql("select generation from content_item where kind = ? and lang = ? and id = ?")
                .params(key.kind().name(), key.lang(), key.id()).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("No item " + key));
        return item(key, generation, number);
    }

    /** The item as of a revision of the generation it was read in. */
    public Item item(StoredItem stored, int number) {
        return item(stored.key(), stored.generation(), number);
    }

    private Item item(ItemKey key, String generation, int number) {
        return parsed.get(key + "#" + generation + "@" + number, k -> {
            Revision revision = revision(key, number).orElseThrow(
                    () -> new IllegalStateException("No revision " + number + " of " + key));
            return ItemFormat.parse(key.kind(), key.language(), key.id(), revision.document());
        });
    }

    public Optional<Item> latest(ItemKey key) {
        return find(key).map(stored -> item(key, stored.latestRevision()));
    }

    /** An article as of a revision. */
    public Article article(ItemKey key, int number) {
        return ((Item.ArticleItem) item(requireKind(key, ItemKind.ARTICLE), number)).article();
    }

    /** The latest revision of an article, the one its editors work on. */
    public Optional<Article> latestArticle(Language language, String articleId) {
        ItemKey key = new ItemKey(ItemKind.ARTICLE, language, articleId);
        return find(key).map(stored -> article(key, stored.latestRevision()));
    }

    /** A source as of a revision. */
    public Source source(ItemKey key, int number) {
        return ((Item.SourceItem) item(requireKind(key, ItemKind.SOURCE), number)).source();
    }

    private static ItemKey requireKind(ItemKey key, ItemKind kind) {
        if (key.kind() != kind) {
            throw new IllegalArgumentException(key + " is not of the kind " + kind);
        }
        return key;
    }

    /** The latest revision of every item: the content editors work on. */
    public List<Item> latestItems() {
        return all().stream().map(s -> item(s, s.latestRevision())).toList();
    }

    /** The published revision of every published item. */
    public List<Item> publishedItems() {
        return all().stream().filter(s -> s.publishedRevision() != null)
                .map(s -> item(s, s.publishedRevision())).toList();
    }

    @Transactional
    public StoredItem create(ItemKey key, String document, RevisionOrigin origin, String author, Instant at) {
        jdbc.sql("insert into content_item (" + ITEM_COLUMNS + ") values (?, ?, ?, 1, 1, null, ?, ?, ?)")
                .params(key.kind().name(), key.lang(), key.id(), DatabaseTime.bind(at), author,
                        UUID.randomUUID().toString())
                .update();
        insertRevision(key, 1, document, origin, author, at, null);
        return find(key).orElseThrow();
    }

    /**
     * Saves a new revision, if nobody else saved since the editor loaded {@code expectedLockVersion}.
     *
     * @throws ConflictException when someone else saved first; nothing is written
     */
    @Transactional
    public StoredItem save(ItemKey key, String document, int expectedLockVersion, RevisionOrigin origin,
            String author, String note, Instant at) {
        return save(key, document, null, expectedLockVersion, origin, author, note, at);
    }

    /**
     * Saves a new revision, if the item is still the generation the editor loaded (no import replaced it since) and
     * nobody else saved since {@code expectedLockVersion}; a null generation checks the lock version only, for
     * callers that read the item in the same transaction.
     *
     * @throws ConflictException when someone else saved first or an import replaced the item; nothing is written
     */
    @Transactional
    public StoredItem save(ItemKey key, String document, String expectedGeneration, int expectedLockVersion,
            RevisionOrigin origin, String author, String note, Instant at) {
        StoredItem current = find(key).orElseThrow(() -> new IllegalArgumentException("No item " + key));
        int updated = jdbc.sql("update content_item set lock_version = lock_version + 1, "
                        + "latest_revision = latest_revision + 1 where kind = ? and lang = ? and id = ? "
                        + "and lock_version = ? and generation = ?")
                .params(key.kind().name(), key.lang(), key.id(), expectedLockVersion,
                        expectedGeneration == null ? current.generation() : expectedGeneration)
                .update();
        if (updated == 0) {
            throw new ConflictException(current);
        }
        insertRevision(key, current.latestRevision() + 1, document, origin, author, at, note);
        return find(key).orElseThrow();
    }

    @Transactional
    public void markPublished(ItemKey key, int revision) {
        jdbc.sql("update content_item set published_revision = ? where kind = ? and lang = ? and id = ?")
                .params(revision, key.kind().name(), key.lang(), key.id())
                .update();
    }

    @Transactional
    public void markUnpublished(ItemKey key) {
        jdbc.sql("update content_item set published_revision = null where kind = ? and lang = ? and id = ?")
                .params(key.kind().name(), key.lang(), key.id())
                .update();
    }

    @Transactional
    public void deleteAll() {
        jdbc.sql("delete from content_item").update();
        parsed.invalidateAll();
    }

    private void insertRevision(ItemKey key, int number, String document, RevisionOrigin origin, String author,
            Instant at, String note) {
        jdbc.sql("insert into content_revision (kind, lang, id, revision, document, origin, author, created_at, note) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(key.kind().name(), key.lang(), key.id(), number, document, origin.name(), author,
                        DatabaseTime.bind(at),
                        note)
                .update();
    }


    private static StoredItem item(ResultSet rs, int n) throws SQLException {
        String lang = rs.getString("lang");
        ItemKey key = new ItemKey(ItemKind.valueOf(rs.getString("kind")),
                lang.isEmpty() ? null : Language.of(lang), rs.getString("id"));
        return new StoredItem(key, rs.getInt("lock_version"), rs.getInt("latest_revision"),
                rs.getObject("published_revision", Integer.class),
                DatabaseTime.read(rs, "created_at"), rs.getString("created_by"), rs.getString("generation"));
    }

    private static Revision revision(ItemKey key, ResultSet rs) throws SQLException {
        return new Revision(key, rs.getInt("revision"), rs.getString("document"),
                RevisionOrigin.valueOf(rs.getString("origin")), rs.getString("author"),
                DatabaseTime.read(rs, "created_at"), rs.getString("note"));
    }
}

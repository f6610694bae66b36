package org.evidenz.editorial.translation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Which revision of the original each linked revision of a translation translates. */
@Repository
public class TranslationLinks {

    private final JdbcClient jdbc;

    TranslationLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A link: revision {@code revision} of a translation translates {@code originalRevision} of the original. */
    public record Link(ItemKey translation, int revision, Language originalLanguage, int originalRevision,
            Instant recordedAt, String recordedBy) {
    }

    @Transactional
    public void record(ItemKey translation, int revision, Language originalLanguage, int originalRevision,
            Instant at, String actor) {
        jdbc.sql("delete from translation_link where kind = ? and lang = ? and id = ? and revision = ?")
                .params(translation.kind().name(), translation.language().code(), translation.id(), revision)
                .update();
        jdbc.sql("insert into translation_link (kind, lang, id, revision, original_lang, original_revision, "
                        + "recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(translation.kind().name(), translation.language().code(), translation.id(), revision,
                        originalLanguage.code(), originalRevision, DatabaseTime.bind(at), actor)
                .update();
    }

    /** Every link, by translation, newest revision first: for computing the status of all items at once. */
    public Map<ItemKey, List<Link>> all() {
        Map<ItemKey, List<Link>> links = new HashMap<>();
        jdbc.sql("select * from translation_link order by revision desc")
                .query(rs -> {
                    ItemKey key = new ItemKey(ItemKind.valueOf(rs.getString("kind")),
                            Language.of(rs.getString("lang")), rs.getString("id"));
                    links.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(new Link(key,
                            rs.getInt("revision"), Language.of(rs.getString("original_lang")),
                            rs.getInt("original_revision"), DatabaseTime.read(rs, "recorded_at"),
                            rs.getString("recorded_by")));
                });
        return links;
    }

    /** The link that holds for a revision: its own, or the nearest earlier one. */
    static Optional<Link> holdingFor(List<Link> newestFirst, int revision) {
        return newestFirst == null ? Optional.empty()
                : newestFirst.stream().filter(l -> l.revision() <= revision).findFirst();
    }

    @Transactional
    public void deleteAll() {
        jdbc.sql("delete from translation_link").update();
    }
}

package org.evidenz.article;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each published topic, article and treatment last changed for readers: stamped by the publication that
 * carried the change, read by the API as {@code dateModified}. Kept apart from the content tables so that those stay
 * exactly the published content.
 */
@Repository
public class ModifiedTimes {

    /** What a stamp is about: the three kinds partners can sync. */
    public enum Kind {
        TOPIC, ARTICLE, TREATMENT
    }

    private final JdbcClient jdbc;

    ModifiedTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that this item changed for readers at {@code at}. */
    @Transactional
    public void stamp(Kind kind, Language language, String id, Instant at) {
        forget(kind, language, id);
        jdbc.sql("insert into item_modified (kind, lang, id, modified_at) values (?, ?, ?, ?)")
                .params(kind.name(), language.code(), id, DatabaseTime.bind(at))
                .update();
    }

    @Transactional
    public void forget(Kind kind, Language language, String id) {
        jdbc.sql("delete from item_modified where kind = ? and lang = ? and id = ?")
                .params(kind.name(), language.code(), id)
                .update();
    }

    @Transactional
    public void deleteAll() {
        jdbc.sql("delete from item_modified").update();
    }

    /** The last change of every item of a kind in a language, by id. */
    public Map<String, Instant> of(Kind kind, Language language) {
        Map<String, Instant> times = new HashMap<>();
        jdbc.sql("select id, modified_at from item_modified where kind = ? and lang = ?")
                .params(kind.name(), language.code())
                .query(rs -> {
                    times.put(rs.getString("id"), DatabaseTime.read(rs, "modified_at"));
                });
        return times;
    }
}

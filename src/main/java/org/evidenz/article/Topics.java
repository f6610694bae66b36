package org.evidenz.article;

import java.util.List;
import java.util.Optional;

import org.evidenz.shared.ContentTable;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The collection of topics, per language. */
@Repository
public class Topics {

    private static final String SELECT = "select id, slug, title, summary, condition_id from topic where lang = ? ";

    private final JdbcClient jdbc;
    private final ContentTable table;

    Topics(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new ContentTable(jdbc, "topic");
    }

    public List<Topic> findAll(Language language) {
        return jdbc.sql(SELECT + "order by position").param(language.code()).query((rs, n) -> row(language, rs)).list();
    }

    /** Topics with at least one published article: the only ones readers see. */
    public List<Topic> findPublished(Language language) {
        return jdbc.sql(SELECT + "and exists (select 1 from article a where a.lang = topic.lang "
                        + "and a.topic_id = topic.id and a.status = 'PUBLISHED') order by position")
                .param(language.code())
                .query((rs, n) -> row(language, rs))
                .list();
    }

    public Optional<Topic> findPublishedBySlug(Language language, String slug) {
        return findPublished(language).stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public Optional<Topic> findById(Language language, String id) {
        return jdbc.sql(SELECT + "and id = ?").params(language.code(), id).query((rs, n) -> row(language, rs))
                .optional();
    }

    @Transactional
    public void insert(Topic topic, int position) {
        jdbc.sql("insert into topic (lang, id, position, slug, title, summary, condition_id) values (?, ?, ?, ?, ?, ?, ?)")
                .params(topic.language().code(), topic.id(), position, topic.slug(), topic.title(), topic.summary(),
                        topic.conditionId())
                .update();
    }

    /** Where an item stands in its list, or null when it is not there. */
    public Integer positionOf(Language language, String id) {
        return table.positionOf(language, id);
    }

    /** The position after the last of the list. */
    public int nextPosition(Language language) {
        return table.nextPosition(language);
    }

    @Transactional
    public void delete(Language language, String id) {
        table.delete(language, id);
    }

    /** Removes every topic; their articles must be gone first. */
    @Transactional
    public void deleteAll() {
        table.deleteAll();
    }

    private static Topic row(Language language, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Topic(language, rs.getString("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("summary"), rs.getString("condition_id"));
    }
}

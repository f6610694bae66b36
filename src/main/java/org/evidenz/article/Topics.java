package org.evidenz.article;

import java.util.List;
import java.util.Optional;

import org.evidenz.shared.Language;
import org.evidenz.shared.OrderedContentTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The collection of topics, per language. Topics are deleted after their articles. */
@Repository
public class Topics extends OrderedContentTable {

    private static final String SELECT = "select id, slug, title, summary, condition_id from topic where lang = ? ";

    Topics(JdbcClient jdbc) {
        super(jdbc, "topic");
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

    private static Topic row(Language language, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Topic(language, rs.getString("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("summary"), rs.getString("condition_id"));
    }
}

package org.evidenz.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.evidenz.feedback.FeedbackItems.Summary;
import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * "You said, we did" summaries in the team's words, published on an article or not. Plain text: they are written
 * for readers and checked to hold none of a reader's words before they are saved.
 */
@Repository
class FeedbackSummaries {

    private final JdbcClient jdbc;

    FeedbackSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(Language language, String articleId, String text, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into feedback_summary (lang, article_id, text, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(language.code(), articleId, text, by, DatabaseTime.bind(at)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Summary> find(long id) {
        return jdbc.sql("select * from feedback_summary where id = ?").param(id).query(this::summaryRow).optional();
    }

    List<Summary> all() {
        return jdbc.sql("select * from feedback_summary order by created_at desc, id desc").query(this::summaryRow)
                .list();
    }

    /** The summaries readers see at the end of an article, newest first. */
    List<Summary> published(Language language, String articleId) {
        return jdbc.sql("select * from feedback_summary where lang = ? and article_id = ? "
                        + "and published_at is not null order by published_at desc, id desc")
                .params(language.code(), articleId).query(this::summaryRow).list();
    }

    /** Publishes a summary at {@code publishedAt}, or withdraws it when that is null. */
    boolean setPublished(long id, Instant publishedAt) {
        return jdbc.sql("update feedback_summary set published_at = ? where id = ?")
                .params(DatabaseTime.bind(publishedAt), id).update() == 1;
    }

    private Summary summaryRow(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getLong("id"), Language.of(rs.getString("lang")), rs.getString("article_id"),
                rs.getString("text"), rs.getString("created_by"), DatabaseTime.read(rs, "created_at"),
                DatabaseTime.read(rs, "published_at"));
    }
}

package org.evidenz.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feedback readers sent, one row each: what they wrote and their address are encrypted here on the way in and
 * decrypted on the way out, so no other code ever handles the stored form. The team's notes and tasks, the
 * summaries and the used form tokens have their own classes ({@link FeedbackNotes}, {@link CorrectionTasks},
 * {@link FeedbackSummaries}, {@link UsedFormTokens}).
 */
@Repository
class FeedbackStore {

    /** Which feedback the inbox lists; null fields match everything. */
    record Filter(Language language, String articleId, Integer understandable, Boolean helpful,
            FeedbackStatus status) {

        static final Filter ALL = new Filter(null, null, null, null, null);
    }

    private static final String COLUMNS = "id, lang, article_id, helpful, understandable, comment_enc, email_enc, "
            + "status, received_at, updated_at";

    private final JdbcClient jdbc;
    private final FeedbackCipher cipher;

    FeedbackStore(JdbcClient jdbc, FeedbackCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Feedback feedback, String tokenId) {
        jdbc.sql("insert into feedback (id, form_token, lang, article_id, helpful, understandable, comment_enc, "
                        + "email_enc, email_index, status, received_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(feedback.id(), tokenId, feedback.language().code(), feedback.articleId(), feedback.helpful(),
                        feedback.understandable(), cipher.encrypt(feedback.comment()),
                        cipher.encrypt(feedback.email()),
                        feedback.email() == null ? null : cipher.emailIndex(feedback.email()),
                        feedback.status().name(), DatabaseTime.bind(feedback.receivedAt()),
                        DatabaseTime.bind(feedback.updatedAt()))
                .update();
    }

    Optional<Feedback> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from feedback where id = ?").param(id).query(this::feedbackRow)
                .optional();
    }

    List<Feedback> list(Filter filter, int limit) {
        return list(filter, limit, 0);
    }

    /** Newest first, {@code limit} rows from {@code offset}: one page of the inbox. */
    List<Feedback> list(Filter filter, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from feedback" + where
                        + " order by received_at desc, id limit ? offset ?")
                .params(params).query(this::feedbackRow).list();
    }

    long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from feedback" + where).params(params).query(Long.class).single();
    }

    private static String where(Filter filter, List<Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.language() != null) {
            where.add("lang = ?");
            params.add(filter.language().code());
        }
        if (filter.articleId() != null) {
            where.add("article_id = ?");
            params.add(filter.articleId());
        }
        if (filter.understandable() != null) {
            where.add("understandable = ?");
            params.add(filter.understandable());
        }
        if (filter.helpful() != null) {
            where.add("helpful = ?");
            params.add(filter.helpful());
        }
        if (filter.status() != null) {
            where.add("status = ?");
            params.add(filter.status().name());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /** Articles that have feedback, for the inbox filter. */
    List<String> articleIds() {
        return jdbc.sql("select distinct article_id from feedback order by article_id").query(String.class).list();
    }

    boolean setStatus(String id, FeedbackStatus status, Instant at) {
        return jdbc.sql("update feedback set status = ?, updated_at = ? where id = ?")
                .params(status.name(), DatabaseTime.bind(at), id).update() == 1;
    }

    List<Feedback> byEmail(String email) {
        List<String> indexes = cipher.emailIndexes(email);
        String marks = String.join(", ", indexes.stream().map(i -> "?").toList());
        return jdbc.sql("select " + COLUMNS + " from feedback where email_index in (" + marks
                        + ") order by received_at desc")
                .params(new ArrayList<Object>(indexes)).query(this::feedbackRow).list();
    }

    /** Deletes feedback with its notes; its correction tasks stay, without the link. */
    int delete(List<String> ids) {
        int deleted = 0;
        for (String id : ids) {
            jdbc.sql("update feedback_task set feedback_id = null where feedback_id = ?").param(id).update();
            jdbc.sql("delete from feedback_note where feedback_id = ?").param(id).update();
            deleted += jdbc.sql("delete from feedback where id = ?").param(id).update();
        }
        return deleted;
    }

    List<String> receivedBefore(Instant cutoff) {
        return jdbc.sql("select id from feedback where received_at < ?").param(DatabaseTime.bind(cutoff))
                .query(String.class).list();
    }

    private Feedback feedbackRow(ResultSet rs, int row) throws SQLException {
        return new Feedback(rs.getString("id"), Language.of(rs.getString("lang")), rs.getString("article_id"),
                rs.getObject("helpful", Boolean.class), rs.getObject("understandable", Integer.class),
                cipher.decrypt(rs.getString("comment_enc")), cipher.decrypt(rs.getString("email_enc")),
                FeedbackStatus.valueOf(rs.getString("status")), DatabaseTime.read(rs, "received_at"),
                DatabaseTime.read(rs, "updated_at"));
    }
}

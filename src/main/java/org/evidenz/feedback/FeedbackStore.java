package org.evidenz.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evidenz.feedback.FeedbackItems.Note;
import org.evidenz.feedback.FeedbackItems.Summary;
import org.evidenz.feedback.FeedbackItems.Task;
import org.evidenz.shared.Language;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feedback tables. What readers wrote, their addresses and the team's notes and tasks are encrypted here on
 * the way in and decrypted on the way out, so no other code ever handles the stored form.
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

    /** Marks a form token used; false if it was used before. Call first in the transaction that stores. */
    boolean claimToken(String tokenId, Instant expires) {
        try {
            jdbc.sql("insert into feedback_used_token (token_id, expires_at) values (?, ?)")
                    .params(tokenId, utc(expires)).update();
            return true;
        } catch (DuplicateKeyException | PessimisticLockingFailureException | QueryTimeoutException e) {
            return false; // the same form is being stored by another request right now (a double click)
        }
    }

    boolean tokenUsed(String tokenId) {
        return jdbc.sql("select count(*) from feedback_used_token where token_id = ?").param(tokenId)
                .query(Long.class).single() > 0;
    }

    int forgetExpiredTokens(Instant now) {
        return jdbc.sql("delete from feedback_used_token where expires_at < ?").param(utc(now)).update();
    }

    void insert(Feedback feedback, String tokenId) {
        jdbc.sql("insert into feedback (id, form_token, lang, article_id, helpful, understandable, comment_enc, "
                        + "email_enc, email_index, status, received_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(feedback.id(), tokenId, feedback.language().code(), feedback.articleId(), feedback.helpful(),
                        feedback.understandable(), cipher.encrypt(feedback.comment()),
                        cipher.encrypt(feedback.email()),
                        feedback.email() == null ? null : cipher.emailIndex(feedback.email()),
                        feedback.status().name(), utc(feedback.receivedAt()), utc(feedback.updatedAt()))
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

    long count() {
        return jdbc.sql("select count(*) from feedback").query(Long.class).single();
    }

    long countByToken(String tokenId) {
        return jdbc.sql("select count(*) from feedback where form_token = ?").param(tokenId).query(Long.class)
                .single();
    }

    /** Articles that have feedback, for the inbox filter. */
    List<String> articleIds() {
        return jdbc.sql("select distinct article_id from feedback order by article_id").query(String.class).list();
    }

    boolean setStatus(String id, FeedbackStatus status, Instant at) {
        return jdbc.sql("update feedback set status = ?, updated_at = ? where id = ?")
                .params(status.name(), utc(at), id).update() == 1;
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
        return jdbc.sql("select id from feedback where received_at < ?").param(utc(cutoff)).query(String.class)
                .list();
    }

    void addNote(String feedbackId, String author, Instant at, String text) {
        jdbc.sql("insert into feedback_note (feedback_id, author, created_at, text_enc) values (?, ?, ?, ?)")
                .params(feedbackId, author, utc(at), cipher.encrypt(text)).update();
    }

    List<Note> notes(String feedbackId) {
        return jdbc.sql("select id, feedback_id, author, created_at, text_enc from feedback_note "
                        + "where feedback_id = ? order by id")
                .param(feedbackId)
                .query((rs, n) -> new Note(rs.getLong("id"), rs.getString("feedback_id"), rs.getString("author"),
                        instant(rs, "created_at"), cipher.decrypt(rs.getString("text_enc"))))
                .list();
    }

    void addTask(String feedbackId, Language language, String articleId, String note, String by, Instant at) {
        jdbc.sql("insert into feedback_task (feedback_id, lang, article_id, note_enc, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(feedbackId, language.code(), articleId, cipher.encrypt(note), by, utc(at)).update();
    }

    List<Task> tasks(String feedbackId) {
        return jdbc.sql("select * from feedback_task where feedback_id = ? order by id").param(feedbackId)
                .query(this::taskRow).list();
    }

    /** Open tasks first, then the most recently done. */
    List<Task> allTasks(int limit) {
        return jdbc.sql("select * from feedback_task order by case when done_at is null then 0 else 1 end, "
                        + "created_at desc, id desc limit ?")
                .param(limit).query(this::taskRow).list();
    }

    Optional<Task> task(long id) {
        return jdbc.sql("select * from feedback_task where id = ?").param(id).query(this::taskRow).optional();
    }

    boolean finishTask(long id, String by, Instant at) {
        return jdbc.sql("update feedback_task set done_by = ?, done_at = ? where id = ? and done_at is null")
                .params(by, utc(at), id).update() == 1;
    }

    long addSummary(Language language, String articleId, String text, String by, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into feedback_summary (lang, article_id, text, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(language.code(), articleId, text, by, utc(at)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Summary> summary(long id) {
        return jdbc.sql("select * from feedback_summary where id = ?").param(id).query(this::summaryRow).optional();
    }

    List<Summary> summaries() {
        return jdbc.sql("select * from feedback_summary order by created_at desc, id desc").query(this::summaryRow)
                .list();
    }

    List<Summary> publishedSummaries(Language language, String articleId) {
        return jdbc.sql("select * from feedback_summary where lang = ? and article_id = ? "
                        + "and published_at is not null order by published_at desc, id desc")
                .params(language.code(), articleId).query(this::summaryRow).list();
    }

    boolean setSummaryPublished(long id, Instant publishedAt) {
        return jdbc.sql("update feedback_summary set published_at = ? where id = ?")
                .params(publishedAt == null ? null : utc(publishedAt), id).update() == 1;
    }

    /** Stored values encrypted with another than the active key: table, key column, column, value. */
    record Sealed(String table, String keyColumn, String key, String column, String value) {
    }

    List<Sealed> sealedValues() {
        List<Sealed> all = new ArrayList<>();
        jdbc.sql("select id, comment_enc, email_enc from feedback").query(rs -> {
            all.add(new Sealed("feedback", "id", rs.getString("id"), "comment_enc", rs.getString("comment_enc")));
            all.add(new Sealed("feedback", "id", rs.getString("id"), "email_enc", rs.getString("email_enc")));
        });
        jdbc.sql("select id, text_enc from feedback_note").query(rs -> {
            all.add(new Sealed("feedback_note", "id", rs.getString("id"), "text_enc", rs.getString("text_enc")));
        });
        jdbc.sql("select id, note_enc from feedback_task").query(rs -> {
            all.add(new Sealed("feedback_task", "id", rs.getString("id"), "note_enc", rs.getString("note_enc")));
        });
        return all;
    }

    /** Re-encrypts one value with the active key (and, for an address, renews its blind index). */
    void reseal(Sealed sealed) {
        String plain = cipher.decrypt(sealed.value());
        String key = sealed.table().equals("feedback") ? sealed.key() : null;
        Object keyValue = key != null ? key : Long.valueOf(sealed.key());
        jdbc.sql("update " + sealed.table() + " set " + sealed.column() + " = ? where " + sealed.keyColumn() + " = ?")
                .params(cipher.encrypt(plain), keyValue).update();
        if (sealed.column().equals("email_enc")) {
            jdbc.sql("update feedback set email_index = ? where id = ?")
                    .params(cipher.emailIndex(plain), sealed.key()).update();
        }
    }

    private Feedback feedbackRow(ResultSet rs, int row) throws SQLException {
        return new Feedback(rs.getString("id"), Language.of(rs.getString("lang")), rs.getString("article_id"),
                rs.getObject("helpful", Boolean.class), rs.getObject("understandable", Integer.class),
                cipher.decrypt(rs.getString("comment_enc")), cipher.decrypt(rs.getString("email_enc")),
                FeedbackStatus.valueOf(rs.getString("status")), instant(rs, "received_at"),
                instant(rs, "updated_at"));
    }

    private Task taskRow(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getLong("id"), rs.getString("feedback_id"), Language.of(rs.getString("lang")),
                rs.getString("article_id"), cipher.decrypt(rs.getString("note_enc")), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("done_by"), instant(rs, "done_at"));
    }

    private Summary summaryRow(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getLong("id"), Language.of(rs.getString("lang")), rs.getString("article_id"),
                rs.getString("text"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

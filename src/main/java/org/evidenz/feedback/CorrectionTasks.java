package org.evidenz.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.evidenz.feedback.FeedbackItems.Task;
import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Corrections the feedback team asks an article's authors to make. The note is encrypted (it quotes the reader when
 * the officer chose so); a task outlives the feedback it came from.
 */
@Repository
class CorrectionTasks {

    private final JdbcClient jdbc;
    private final FeedbackCipher cipher;

    CorrectionTasks(JdbcClient jdbc, FeedbackCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void add(String feedbackId, Language language, String articleId, String note, String by, Instant at) {
        jdbc.sql("insert into feedback_task (feedback_id, lang, article_id, note_enc, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(feedbackId, language.code(), articleId, cipher.encrypt(note), by, DatabaseTime.bind(at))
                .update();
    }

    /** The tasks made from one piece of feedback. */
    List<Task> of(String feedbackId) {
        return jdbc.sql("select * from feedback_task where feedback_id = ? order by id").param(feedbackId)
                .query(this::taskRow).list();
    }

    /** Open tasks first, then the most recently done. */
    List<Task> all(int limit) {
        return jdbc.sql("select * from feedback_task order by case when done_at is null then 0 else 1 end, "
                        + "created_at desc, id desc limit ?")
                .param(limit).query(this::taskRow).list();
    }

    Optional<Task> find(long id) {
        return jdbc.sql("select * from feedback_task where id = ?").param(id).query(this::taskRow).optional();
    }

    /** Marks a task done; false if it was done already. */
    boolean finish(long id, String by, Instant at) {
        return jdbc.sql("update feedback_task set done_by = ?, done_at = ? where id = ? and done_at is null")
                .params(by, DatabaseTime.bind(at), id).update() == 1;
    }

    private Task taskRow(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getLong("id"), rs.getString("feedback_id"), Language.of(rs.getString("lang")),
                rs.getString("article_id"), cipher.decrypt(rs.getString("note_enc")), rs.getString("created_by"),
                DatabaseTime.read(rs, "created_at"), rs.getString("done_by"), DatabaseTime.read(rs, "done_at"));
    }
}

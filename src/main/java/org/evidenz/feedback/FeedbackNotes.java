package org.evidenz.feedback;

import java.time.Instant;
import java.util.List;

import org.evidenz.feedback.FeedbackItems.Note;
import org.evidenz.shared.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback team's internal notes on one piece of feedback, encrypted: they may quote the reader. */
@Repository
class FeedbackNotes {

    private final JdbcClient jdbc;
    private final FeedbackCipher cipher;

    FeedbackNotes(JdbcClient jdbc, FeedbackCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void add(String feedbackId, String author, Instant at, String text) {
        jdbc.sql("insert into feedback_note (feedback_id, author, created_at, text_enc) values (?, ?, ?, ?)")
                .params(feedbackId, author, DatabaseTime.bind(at), cipher.encrypt(text)).update();
    }

    List<Note> of(String feedbackId) {
        return jdbc.sql("select id, feedback_id, author, created_at, text_enc from feedback_note "
                        + "where feedback_id = ? order by id")
                .param(feedbackId)
                .query((rs, n) -> new Note(rs.getLong("id"), rs.getString("feedback_id"), rs.getString("author"),
                        DatabaseTime.read(rs, "created_at"), cipher.decrypt(rs.getString("text_enc"))))
                .list();
    }
}

package org.evidenz.shell;

import java.time.Instant;
import java.util.List;

import org.evidenz.shared.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications for editors, shown on their dashboard: any module may tell an editor something. Each is kept once per
 * recipient and occasion (its dedupe key).
 */
@Repository
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a notification unless the recipient already has one for this occasion; true when added. */
    @Transactional
    public boolean add(String recipient, Instant at, String kind, String message, String link, String dedupeKey) {
        long existing = jdbc.sql("select count(*) from notification where recipient = ? and dedupe_key = ?")
                .params(recipient, dedupeKey).query(Long.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("insert into notification (recipient, created_at, kind, message, link, dedupe_key) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(recipient, DatabaseTime.bind(at), kind, message, link, dedupeKey).update();
        return true;
    }

    /** The recipient's unread notifications, newest first. */
    public List<Notification> unread(String recipient) {
        return jdbc.sql("select id, recipient, created_at, kind, message, link, read_at from notification "
                        + "where recipient = ? and read_at is null order by id desc")
                .param(recipient)
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("recipient"),
                        DatabaseTime.read(rs, "created_at"), rs.getString("kind"), rs.getString("message"),
                        rs.getString("link"), DatabaseTime.read(rs, "read_at")))
                .list();
    }

    @Transactional
    public void markRead(String recipient, long id, Instant at) {
        jdbc.sql("update notification set read_at = ? where id = ? and recipient = ?")
                .params(DatabaseTime.bind(at), id, recipient).update();
    }
}

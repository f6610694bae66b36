package org.evidenz.subscription.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.DatabaseTime;
import org.evidenz.subscription.Outbox;
import org.evidenz.subscription.OutgoingMail;
import org.evidenz.subscription.keys.AddressCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table: messages PENDING → SENDING (claimed by one sender) → SENT, or back to PENDING with a later
 * attempt time, or FAILED. Recipients are stored encrypted with a keyed hash beside them.
 */
@Repository
public class MailOutbox implements Outbox {

    public enum Status { PENDING, SENDING, SENT, FAILED }

    /** A message as the sender needs it. */
    public record Message(long id, String dedupeKey, String recipientHash, String recipient, String subject,
            String text, String html, Map<String, String> headers, Status status, int attempts,
            Instant nextAttemptAt, String lastError) {
    }

    /** A message whose recipient cannot be decrypted: altered, or written with another key. */
    static final class Unreadable extends RuntimeException {

        Unreadable(long id, Throwable cause) {
            super("The recipient of outbox message " + id + " cannot be decrypted: " + cause.getMessage(), cause);
        }
    }

    private final JdbcClient jdbc;
    private final AddressCipher addresses;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, AddressCipher addresses, Clock clock) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean enqueue(OutgoingMail mail) {
        String hash = addresses.hash(mail.to());
        if (isSuppressed(hash) || exists(mail.dedupeKey())) {
            return false;
        }
        OffsetDateTime now = DatabaseTime.bind(clock.instant());
        jdbc.sql("""
                insert into mail_outbox (dedupe_key, recipient_hash, recipient_enc, subject, text_body, html_body,
                    headers, status, attempts, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(mail.dedupeKey(), hash, addresses.encrypt(mail.to()), mail.subject(),
                        mail.text(), mail.html(), encodeHeaders(mail.headers()), now, now)
                .update();
        return true;
    }

    private boolean exists(String dedupeKey) {
        return jdbc.sql("select count(*) from mail_outbox where dedupe_key = ?").param(dedupeKey)
                .query(Integer.class).single() > 0;
    }

    private boolean isSuppressed(String addressHash) {
        return jdbc.sql("select count(*) from mail_suppression where address_hash = ?").param(addressHash)
                .query(Integer.class).single() > 0;
    }

    /** Lifts the failing mark, when the address's owner asks for mail again. */
    @Transactional
    public void unsuppress(String addressHash) {
        jdbc.sql("delete from mail_suppression where address_hash = ?").param(addressHash).update();
    }

    /** Deletes messages not sent yet whose dedupe key starts with {@code prefix} (after an unsubscribe). */
    @Transactional
    public int deletePending(String prefix) {
        return jdbc.sql("delete from mail_outbox where status = 'PENDING' and dedupe_key like ?")
                .param(prefix.replace("%", "").replace("_", "\\_") + "%").update();
    }

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ? "
                + "order by next_attempt_at, id fetch first " + limit + " rows only")
                .param(DatabaseTime.bind(now)).query(Long.class).list();
    }

    /** Takes a message for sending; false when another sender took it first. Commits at once. */
    @Transactional
    boolean claim(long id, Instant now) {
        return jdbc.sql("update mail_outbox set status = 'SENDING', claimed_at = ?, attempts = attempts + 1 "
                + "where id = ? and status = 'PENDING'").params(DatabaseTime.bind(now), id).update() == 1;
    }

    @Transactional
    void markSent(long id, Instant now) {
        jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ?")
                .params(DatabaseTime.bind(now), id).update();
    }

    @Transactional
    void retryAt(long id, Instant next, String error) {
        jdbc.sql("update mail_outbox set status = 'PENDING', next_attempt_at = ?, last_error = ? where id = ?")
                .params(DatabaseTime.bind(next), abbreviate(error), id).update();
    }

    /** Gives up on a message and marks its address as failing: nothing more is sent to it. */
    @Transactional
    void fail(long id, String recipientHash, String error, Instant now) {
        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = ? where id = ?")
                .params(abbreviate(error), id).update();
        if (!isSuppressed(recipientHash)) {
            jdbc.sql("insert into mail_suppression (address_hash, since, reason) values (?, ?, ?)")
                    .params(recipientHash, DatabaseTime.bind(now), abbreviate(error)).update();
        }
        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = 'Address marked as failing' "
                + "where recipient_hash = ? and status = 'PENDING'").param(recipientHash).update();
    }

    /**
     * Gives up on a message that cannot be read; unlike {@link #fail}, its address is not marked as failing, since
     * the address was never tried.
     */
    @Transactional
    void failUnreadable(long id, String error) {
        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = ? where id = ?")
                .params(abbreviate(error), id).update();
    }

    /**
     * Messages claimed before {@code cutoff} and never marked: the sender stopped between claiming and marking, so
     * the mail may or may not have gone out. They are marked FAILED, never sent again (at most once).
     */
    @Transactional
    int abandonInterrupted(Instant cutoff) {
        return jdbc.sql("update mail_outbox set status = 'FAILED', last_error = ? "
                + "where status = 'SENDING' and claimed_at < ?")
                .params("Interrupted while sending; not retried so that it is never sent twice",
                        DatabaseTime.bind(cutoff)).update();
    }

    /** Deletes sent and failed messages created before {@code cutoff}. */
    @Transactional
    int purge(Instant cutoff) {
        return jdbc.sql("delete from mail_outbox where status in ('SENT', 'FAILED') and created_at < ?")
                .param(DatabaseTime.bind(cutoff)).update();
    }

    /** A message with its recipient decrypted; {@link Unreadable} when that fails. */
    Optional<Message> find(long id) {
        return jdbc.sql("select * from mail_outbox where id = ?").param(id).query((rs, n) -> new Message(
                rs.getLong("id"), rs.getString("dedupe_key"), rs.getString("recipient_hash"),
                recipient(id, rs.getString("recipient_enc")), rs.getString("subject"), rs.getString("text_body"),
                rs.getString("html_body"), decodeHeaders(rs.getString("headers")),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                DatabaseTime.read(rs, "next_attempt_at"), rs.getString("last_error"))).optional();
    }

    private String recipient(long id, String encrypted) {
        try {
            return addresses.decrypt(encrypted);
        } catch (IllegalStateException e) {
            throw new Unreadable(id, e);
        }
    }

    private static String encodeHeaders(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((name, value) -> out.append(name).append(": ").append(value.replace("\n", " "))
                .append('\n'));
        return out.toString();
    }

    private static Map<String, String> decodeHeaders(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }

    private static String abbreviate(String error) {
        String e = error == null ? "unknown error" : error;
        return e.length() > 1000 ? e.substring(0, 997) + "..." : e;
    }
}

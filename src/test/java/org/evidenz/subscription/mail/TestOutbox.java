package org.evidenz.subscription.mail;

import java.time.Duration;

import org.evidenz.subscription.SubscriptionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * What tests need of the outbox beyond its API, through package access: a sender over an SMTP server of the test's
 * choosing (or none), and a message as the sender sees it, found by its dedupe key.
 */
public final class TestOutbox {

    public static final String FROM = "Evidenz <newsletter@evidenz.example>";

    private TestOutbox() {
    }

    /** A sender that gives up after {@code maxAttempts}, the first retry a minute after the first failure. */
    public static OutboxSender sender(MailOutbox outbox, JavaMailSender smtp, int maxAttempts) {
        return new OutboxSender(outbox, smtp, new SubscriptionProperties("", null, FROM, Duration.ofDays(7),
                maxAttempts, Duration.ofMinutes(1), Duration.ofDays(30), 5, 20, 10_000, 1_000));
    }

    public static MailOutbox.Message message(JdbcClient jdbc, MailOutbox outbox, String dedupeKey) {
        long id = jdbc.sql("select id from mail_outbox where dedupe_key = ?").param(dedupeKey).query(Long.class)
                .single();
        return outbox.find(id).orElseThrow();
    }
}

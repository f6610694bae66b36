package org.evidenz.subscription.mail;

import java.time.Duration;
import java.time.Instant;

import org.evidenz.subscription.SubscriptionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.internet.MimeMessage;

/**
 * Delivers due outbox messages over SMTP: claim (commit) → send → mark SENT (commit). A message is therefore sent
 * at most once: if the process stops between sending and marking, the message stays claimed and is later marked
 * FAILED instead of being sent again (see {@link MailOutbox#abandonInterrupted}). A failed attempt is retried
 * after {@code firstRetry}, doubling each time; after {@code maxAttempts} the message is FAILED and its address
 * marked as failing. A message whose recipient cannot be decrypted is FAILED at once, without marking the address.
 * Each message is handled on its own, so one that cannot be sent never holds up the rest. Without an SMTP server
 * configured ({@code spring.mail.host}), mail waits in the outbox.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 100;

    private final MailOutbox outbox;
    private final JavaMailSender mailSender;
    private final SubscriptionProperties properties;
    private boolean warned;

    @Autowired
    OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, SubscriptionProperties properties) {
        this(outbox, mailSender.getIfAvailable(), properties);
    }

    /** A sender over {@code mailSender}, or one that only warns when it is null. */
    OutboxSender(MailOutbox outbox, JavaMailSender mailSender, SubscriptionProperties properties) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** Sends every message due at {@code now}; returns how many went out. */
    public int sendDue(Instant now) {
        if (mailSender == null) {
            int waiting = outbox.due(now, 1).size();
            if (waiting > 0 && !warned) {
                log.warn("Mail is waiting in the outbox but no SMTP server is configured (spring.mail.host); "
                        + "it will be sent once one is");
                warned = true;
            }
            return 0;
        }
        int sent = 0;
        for (long id : outbox.due(now, BATCH)) {
            if (outbox.claim(id, now) && send(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends one claimed message; whatever goes wrong with it is marked on it and does not stop the others. */
    private boolean send(long id, Instant now) {
        MailOutbox.Message message;
        try {
            message = outbox.find(id).orElseThrow();
        } catch (MailOutbox.Unreadable e) {
            // Every node has the same keys (checked at start), so a recipient that cannot be decrypted now never
            // will be: retrying would not help. Not sent, so failing it keeps "at most once".
            log.warn("Outbox message {} is marked failed, not sent: {}", id, e.getMessage());
            outbox.failUnreadable(id, e.getMessage());
            return false;
        }
        try {
            mailSender.send(mime(message));
            outbox.markSent(id, now);
            return true;
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (message.attempts() >= properties.maxAttempts()) {
                log.warn("Giving up on outbox message {} after {} attempts; address marked as failing: {}", id,
                        message.attempts(), error);
                outbox.fail(id, message.recipientHash(), error, now);
            } else {
                Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(20, message.attempts() - 1));
                log.info("Outbox message {} not sent (attempt {}), retrying in {}: {}", id, message.attempts(),
                        wait, error);
                outbox.retryAt(id, now.plus(wait), error);
            }
            return false;
        }
    }

    private MimeMessage mime(MailOutbox.Message message) throws Exception {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        for (var header : message.headers().entrySet()) {
            mime.addHeader(header.getKey(), header.getValue());
        }
        return mime;
    }
}

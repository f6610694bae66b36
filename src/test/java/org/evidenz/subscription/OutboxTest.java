package org.evidenz.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.evidenz.shared.SymmetricKey;
import org.evidenz.subscription.mail.MailOutbox;
import org.evidenz.subscription.mail.OutboxSender;
import org.evidenz.subscription.mail.TestOutbox;
import org.evidenz.support.FixedClock;
import org.evidenz.support.SubscriptionTest;
import org.evidenz.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The outbox against an SMTP server that is down, comes back, or was never configured: retries with growing waits,
 * gives up and marks the address, never sends a message twice, not even from a new sender after a restart; and a
 * message that cannot be read does not stop the others.
 */
@SubscriptionTest
class OutboxTest {

    private static final Instant T0 = FixedClock.TODAY;

    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;

    GreenMail smtp;

    @BeforeEach
    void emptyOutbox() {
        Cleanup.subscriptionData(jdbc);
    }

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void whileTheServerIsDownAMailIsRetriedWithGrowingWaitsThenFailedAndItsAddressMarked() throws IOException {
        OutboxSender sender = senderTo(freePort());
        assertThat(outbox.enqueue(mail("down-1", "unlucky@example.org"))).isTrue();

        assertThat(sender.sendDue(T0)).isZero();
        MailOutbox.Message first = message("down-1");
        assertThat(first.status()).isEqualTo(MailOutbox.Status.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(first.lastError()).isNotBlank();

        sender.sendDue(T0.plusSeconds(30));
        assertThat(message("down-1").attempts()).as("not due yet").isEqualTo(1);

        sender.sendDue(T0.plus(Duration.ofMinutes(1)));
        MailOutbox.Message second = message("down-1");
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(3)));

        sender.sendDue(T0.plus(Duration.ofMinutes(3)));
        MailOutbox.Message failed = message("down-1");
        assertThat(failed.status()).isEqualTo(MailOutbox.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);

        sender.sendDue(T0.plus(Duration.ofDays(1)));
        assertThat(message("down-1").attempts()).as("not retried forever").isEqualTo(3);
        assertThat(outbox.enqueue(mail("down-2", "Unlucky@Example.org"))).as("the address is marked failing")
                .isFalse();
    }

    @Test
    void aMailWaitingWhileTheServerIsDownGoesOutOnceItIsBack() throws IOException {
        int port = freePort();
        OutboxSender sender = senderTo(port);
        outbox.enqueue(mail("back-1", "patient@example.org"));
        assertThat(sender.sendDue(T0)).isZero();

        smtp = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(sender.sendDue(T0.plus(Duration.ofMinutes(1)))).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(message("back-1").status()).isEqualTo(MailOutbox.Status.SENT);
    }

    @Test
    void aMailIsSentOnceNotAgainByANewSenderAfterARestartNorWhenQueuedTwice() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int port = smtp.getSmtp().getPort();
        assertThat(outbox.enqueue(mail("once-1", "once@example.org"))).isTrue();
        assertThat(outbox.enqueue(mail("once-1", "once@example.org"))).as("same dedupe key").isFalse();

        assertThat(senderTo(port).sendDue(T0)).isEqualTo(1);
        assertThat(senderTo(port).sendDue(T0.plus(Duration.ofHours(1)))).as("a fresh sender after a restart")
                .isZero();

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        var received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Subject once-1");
        assertThat(received.getHeader("X-Test")[0]).isEqualTo("kept");
        assertThat(TestMail.text(received)).contains("Plain text");
        assertThat(TestMail.html(received)).contains("<p>HTML</p>");
    }

    @Test
    void aMessageWhoseRecipientCannotBeDecryptedIsFailedAndTheMessagesAroundItAreSent() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        outbox.enqueue(mail("readable-1", "first@example.org"));
        outbox.enqueue(mail("unreadable", "elsewhere@example.org"));
        outbox.enqueue(mail("readable-2", "second@example.org"));
        // As a node with another key would have written it.
        String underAnotherKey = new SymmetricKey(SymmetricKey.randomBytes(SymmetricKey.KEY_BYTES))
                .encrypt("elsewhere@example.org", "");
        jdbc.sql("update mail_outbox set recipient_enc = ? where dedupe_key = 'unreadable'").param(underAnotherKey)
                .update();

        assertThat(senderTo(smtp.getSmtp().getPort()).sendDue(T0)).isEqualTo(2);

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("first@example.org", "second@example.org");
        assertThat(status("readable-1")).isEqualTo("SENT");
        assertThat(status("readable-2")).isEqualTo("SENT");
        assertThat(status("unreadable")).as("not left in SENDING").isEqualTo("FAILED");
        assertThat(jdbc.sql("select last_error from mail_outbox where dedupe_key = 'unreadable'").query(String.class)
                .single()).contains("cannot be decrypted");
        assertThat(outbox.enqueue(mail("unreadable-again", "elsewhere@example.org")))
                .as("the address was never tried, so it is not marked failing").isTrue();
    }

    @Test
    void withoutAnSmtpServerMailWaitsInTheOutbox() {
        OutboxSender unconfigured = TestOutbox.sender(outbox, null, 3);
        outbox.enqueue(mail("wait-1", "waiting@example.org"));
        assertThat(unconfigured.sendDue(T0)).isZero();
        MailOutbox.Message waiting = message("wait-1");
        assertThat(waiting.status()).isEqualTo(MailOutbox.Status.PENDING);
        assertThat(waiting.attempts()).isZero();
    }

    @Test
    void addressesAreStoredOnlyEncrypted() {
        outbox.enqueue(mail("secret-1", "private.person@example.org"));
        String stored = jdbc.sql("select recipient_enc || recipient_hash from mail_outbox").query(String.class)
                .single();
        assertThat(stored).doesNotContainIgnoringCase("private.person").doesNotContainIgnoringCase("example.org");
        assertThat(message("secret-1").recipient()).isEqualTo(
                "private.person@example.org");
    }

    private OutboxSender senderTo(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("localhost");
        mail.setPort(port);
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        mail.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return TestOutbox.sender(outbox, mail, 3);
    }

    private String status(String dedupeKey) {
        return jdbc.sql("select status from mail_outbox where dedupe_key = ?").param(dedupeKey).query(String.class)
                .single();
    }

    private MailOutbox.Message message(String dedupeKey) {
        return TestOutbox.message(jdbc, outbox, dedupeKey);
    }

    private static OutgoingMail mail(String key, String to) {
        return new OutgoingMail(key, to, "Subject " + key, "Plain text", "<p>HTML</p>", Map.of("X-Test", "kept"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

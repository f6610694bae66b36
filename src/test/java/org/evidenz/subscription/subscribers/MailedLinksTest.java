package org.evidenz.subscription.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.evidenz.subscription.SubscriptionProperties;
import org.evidenz.subscription.keys.TestKeys;
import org.evidenz.support.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links in mails sent before the link signing became shared code still work, and an altered one does not. */
class MailedLinksTest {

    @Test
    void linksInMailsSentEarlierStillCheckOut(@TempDir Path dir) {
        var keys = TestKeys.keys(TestKeys.KNOWN_SECRET, dir.resolve("unused.key"));
        SubscriptionProperties properties = new SubscriptionProperties("", null, null, Duration.ofDays(7), 6,
                Duration.ofMinutes(1), Duration.ofDays(30), 5, 20, 10_000, 1_000);
        MailLinks links = new MailLinks(keys, null, properties, Clock.fixed(FixedClock.TODAY, ZoneOffset.UTC),
                null);

        assertThat(links.read("Y3w0MnwwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZnwxNzk2MDI5MjAw."
                + "cr9FC6dcjxAWeYYZtnsDDS7Wzv7ljVUVLGZXmgWdhqs")).isEqualTo(new MailLinks.Confirm(42,
                        "0123456789abcdef0123456789abcdef", Instant.parse("2026-11-30T09:00:00Z")));
        assertThat(links.read("dXw0Mg.SFe_siW5fcGFIzEce8n9PjNAtvcdkhegjMPiRlvo_gA"))
                .isEqualTo(new MailLinks.Unsubscribe(42));
        assertThat(links.read("dXw0Mg.SFe_siW5fcGFIzEce8n9PjNAtvcdkhegjMPiRlvp_gA")).isNull();
        assertThat(links.read(links.confirmToken(42, "0123456789abcdef0123456789abcdef")))
                .isEqualTo(new MailLinks.Confirm(42, "0123456789abcdef0123456789abcdef",
                        Instant.parse("2026-11-30T09:00:00Z")));
    }
}

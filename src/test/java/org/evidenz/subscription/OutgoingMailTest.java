package org.evidenz.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Nothing that goes into a mail header can carry a line break, which would start a header of its own. */
class OutgoingMailTest {

    @Test
    void aMailWithALineBreakInItsSubjectRecipientOrHeadersCannotBeMade() {
        assertThatThrownBy(() -> mail("reader@example.org", "News\r\nBcc: everyone@example.net", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
        assertThatThrownBy(() -> mail("reader@example.org\nBcc: everyone@example.net", "News", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recipient");
        assertThatThrownBy(() -> mail("reader@example.org", "News", Map.of("List-Unsubscribe", "<x>\rBcc: y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("List-Unsubscribe");
        assertThat(mail("reader@example.org", "News from Evidenz – Überblick", Map.of("List-Unsubscribe", "<x>"))
                .subject()).isEqualTo("News from Evidenz – Überblick");
    }

    @Test
    void titlesFromContentAreMadeOneLineForTheSubject() {
        assertThat(OutgoingMail.oneLine("Passive treatments\r\nfor\tlow back pain\u2028")).isEqualTo(
                "Passive treatments for low back pain");
        assertThat(OutgoingMail.fitsInAHeader(OutgoingMail.oneLine("a\u0000\u0085b"))).isTrue();
        assertThat(OutgoingMail.fitsInAHeader("Tab\there")).isFalse();
    }

    private static OutgoingMail mail(String to, String subject, Map<String, String> headers) {
        return new OutgoingMail("test/1", to, subject, "text", "<p>html</p>", headers);
    }
}

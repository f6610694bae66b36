package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Confidential by construction: after a reader sends a comment and an address, and the team adds a note and a task
 * quoting the reader, no column of any table holds the comment or the address in readable form, yet the feedback
 * team reads both.
 */
@FeedbackTest
class FeedbackEncryptionTest {

    private static final String COMMENT = "Confidential remark 7f3a: my physiotherapist in Kassel disagrees.";
    private static final String EMAIL = "reader.7f3a@example.org";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    FeedbackStore store;

    @Autowired
    Editorial editorial;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noTableHoldsTheCommentOrTheAddressInPlaintext() {
        clock.advance(ReaderFeedback.aNewMinute());
        ReaderFeedback reader = new ReaderFeedback(port, clock, "en");
        reader.open();
        assertThat(reader.send(ReaderFeedback.valid(COMMENT, EMAIL)).statusCode()).isEqualTo(302);
        Feedback stored = store.list(FeedbackStore.Filter.ALL, 1).get(0);
        EditorClient officer = new EditorClient(port)
                .signedInAs(editorial.user("crypto-officer", Role.FEEDBACK_OFFICER).email());
        officer.page("/editor/feedback/items/" + stored.id());
        officer.post("/editor/feedback/items/" + stored.id() + "/notes", List.of("text", "Quote: " + COMMENT));
        officer.post("/editor/feedback/items/" + stored.id() + "/tasks",
                List.of("note", "Check the physiotherapy paragraph.", "quote", "yes"));

        List<String> leaks = new ArrayList<>();
        List<String[]> columns = jdbc.sql("select table_name, column_name from information_schema.columns "
                        + "where table_schema = 'PUBLIC'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(columns).extracting(c -> c[0].toLowerCase(Locale.ROOT)).contains("feedback", "feedback_note",
                "feedback_task", "audit_event");
        for (String[] column : columns) {
            String sql = "select count(*) from \"" + column[0] + "\" where lower(cast(\"" + column[1]
                    + "\" as varchar)) like ? or lower(cast(\"" + column[1] + "\" as varchar)) like ?";
            long hits = jdbc.sql(sql).params("%confidential remark 7f3a%", "%reader.7f3a@example.org%")
                    .query(Long.class).single();
            if (hits > 0) {
                leaks.add(column[0] + "." + column[1]);
            }
        }
        assertThat(leaks).isEmpty();

        String sealed = jdbc.sql("select comment_enc from feedback where id = ?").param(stored.id())
                .query(String.class).single();
        assertThat(sealed).matches("[a-z0-9_-]+:[A-Za-z0-9+/=]+");
        assertThat(officer.page("/editor/feedback/items/" + stored.id()).text()).contains(COMMENT, EMAIL);
    }
}

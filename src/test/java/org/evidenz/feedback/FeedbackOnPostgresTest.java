package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;

import org.evidenz.shared.Language;
import org.evidenz.shared.SignedFormTokens;
import org.evidenz.support.FixedClock;
import org.evidenz.support.PostgresServer;
import org.evidenz.support.Rows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The feedback tables on a real PostgreSQL: a form stored once even when it arrives twice (the second insert of its
 * token fails inside the transaction, which is then rolled back), addresses found by their blind index, generated
 * ids, and deletion with the notes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "evidenz.data-dir=target/test-data/feedback-postgres", "evidenz.jobs.enabled=false",
        "evidenz.bundle.load-demo=false"})
@Import(FixedClock.class)
class FeedbackOnPostgresTest {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        postgres = PostgresServer.start("postgres-feedback", registry);
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackStore store;

    @Autowired
    FeedbackNotes notes;

    @Autowired
    FeedbackSummaries summaries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFormArrivingTwiceIsStoredOnceAndItsAddressFoundAgain() {
        FeedbackForm form = new FeedbackForm("passive-treatments", "yes", "4", "Sehr klar.", "Lea@Example.org",
                true, "", "t");
        SignedFormTokens.Verified token = new SignedFormTokens.Verified(SignedFormTokens.Check.VALID, "a".repeat(32),
                Instant.parse("2026-11-23T11:00:00Z"));

        assertThat(intake.accept(Language.DE, form, token)).isTrue();
        assertThat(intake.accept(Language.DE, form, token)).isFalse();

        assertThat(Rows.count(jdbc, "feedback", "form_token = ?", token.id())).isEqualTo(1);
        Feedback stored = store.byEmail(" lea@example.org").get(0);
        assertThat(stored.comment()).isEqualTo("Sehr klar.");
        assertThat(jdbc.sql("select count(*) from feedback where comment_enc like '%klar%'").query(Long.class)
                .single()).isZero();

        notes.add(stored.id(), "officer@example.org", FixedClock.TODAY, "Beantwortet.");
        long summary = summaries.add(Language.DE, "passive-treatments", "Wir haben die Tabelle vereinfacht.",
                "officer@example.org", FixedClock.TODAY);
        assertThat(summaries.find(summary)).isPresent();
        assertThat(store.delete(java.util.List.of(stored.id()))).isEqualTo(1);
        assertThat(notes.of(stored.id())).isEmpty();
    }
}

package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.Http;
import org.evidenz.support.MovableClock;
import org.evidenz.support.ReaderPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feedback team's work: triage with filters, statuses and notes; correction tasks that authors see without
 * the reader's words unless the officer quotes them; "you said, we did" summaries that reach the article page only
 * when published; retention; and requests about one e-mail address (find, export, delete), all audited without the
 * reader's words or address.
 */
@FeedbackTest
class FeedbackInboxTest {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    FeedbackStore store;

    @Autowired
    CorrectionTasks correctionTasks;

    @Autowired
    FeedbackSummaries summaries;

    @Autowired
    FeedbackInbox inbox;

    @Autowired
    Editorial editorial;

    @Autowired
    JdbcClient jdbc;

    EditorClient officer;

    @BeforeEach
    void signIn() {
        clock.advance(ReaderFeedback.aNewMinute());
        officer = new EditorClient(port).signedInAs(editorial.user("officer", Role.FEEDBACK_OFFICER).email());
    }

    private Feedback submit(String comment, String email, String understandable) {
        ReaderFeedback reader = new ReaderFeedback(port, clock, "en");
        reader.open();
        var fields = ReaderFeedback.valid(comment, email);
        fields.put("understandable", understandable);
        assertThat(reader.send(fields).statusCode()).isEqualTo(302);
        return store.list(FeedbackStore.Filter.ALL, 1).get(0);
    }

    @Test
    void inboxShowsFiftyAtATimeNewestFirstAndKeepsTheFilterAcrossPages() {
        jdbc.sql("delete from feedback").update();
        java.time.Instant start = java.time.Instant.parse("2026-11-01T08:00:00Z");
        for (int i = 1; i <= 55; i++) {
            store.insert(new Feedback("paging-" + i, org.evidenz.shared.Language.EN, "passive-treatments", true, 2,
                    "Paged comment number " + i + ".", null, FeedbackStatus.NEW, start.plusSeconds(i),
                    start.plusSeconds(i)), "paging-token-" + i);
        }

        Document first = officer.page("/editor/feedback?status=NEW");
        assertThat(first.select("table.feedback-inbox caption").text())
                .isEqualTo("55 piece(s) of feedback, newest first, page 1 of 2");
        assertThat(first.select("table.feedback-inbox tbody tr")).hasSize(50);
        assertThat(first.select("table.feedback-inbox tbody tr").first().text()).contains("Paged comment number 55.");
        String next = first.selectFirst(".pagination a[rel=next]").attr("href");
        assertThat(next).contains("page=2").contains("status=NEW");

        Document second = officer.page(next);
        assertThat(second.select("table.feedback-inbox tbody tr")).hasSize(5);
        assertThat(second.select("table.feedback-inbox tbody tr").last().text()).contains("Paged comment number 1.");
        assertThat(second.select(".pagination a[rel=prev]")).hasSize(1);
    }

    @Test
    void officerTriagesFeedbackWithFiltersStatusesAndNotes() {
        Feedback feedback = submit("The part about TENS lost me.", "", "1");

        Document inboxPage = officer.page("/editor/feedback?understandable=1&status=NEW");
        assertThat(inboxPage.text()).contains("The part about TENS lost me.");
        assertThat(officer.page("/editor/feedback?understandable=5").text()).doesNotContain("The part about TENS");

        officer.page("/editor/feedback/items/" + feedback.id());
        HttpResponse<String> status = officer.post("/editor/feedback/items/" + feedback.id() + "/status",
                List.of("status", "IN_PROGRESS"));
        assertThat(status.statusCode()).isEqualTo(302);
        officer.post("/editor/feedback/items/" + feedback.id() + "/notes",
                List.of("text", "Ask the authors about the TENS paragraph."));

        Document item = officer.page("/editor/feedback/items/" + feedback.id());
        assertThat(item.text()).contains("IN_PROGRESS", "Ask the authors about the TENS paragraph.");
        assertThat(officer.page("/editor/feedback?status=IN_PROGRESS").text()).contains("The part about TENS");
        assertThat(officer.page("/editor/feedback?status=NEW").text()).doesNotContain("The part about TENS");
        assertThat(auditDetails("FEEDBACK_STATUS_CHANGED")).anyMatch(d -> d.contains(feedback.id()))
                .noneMatch(d -> d.contains("TENS lost me"));
    }

    @Test
    void correctionTaskShowsAuthorsTheOfficersWordsAndTheReadersOnlyWhenQuoted() {
        Feedback feedback = submit("Heat wraps are called heat pads where I live.", "", "3");
        officer.page("/editor/feedback/items/" + feedback.id());
        officer.post("/editor/feedback/items/" + feedback.id() + "/tasks",
                List.of("note", "Mention the other name for heat wraps."));
        EditorClient author = new EditorClient(port).signedInAs(editorial.user("author", Role.AUTHOR).email());

        Document tasks = author.page("/editor/corrections");
        assertThat(tasks.text()).contains("Mention the other name for heat wraps.", "en/passive-treatments")
                .doesNotContain("where I live");

        officer.page("/editor/feedback/items/" + feedback.id());
        officer.post("/editor/feedback/items/" + feedback.id() + "/tasks",
                List.of("note", "Please add the name readers use.", "quote", "yes"));
        assertThat(author.page("/editor/corrections").text()).contains("The reader wrote: Heat wraps are called heat "
                + "pads where I live.");
        assertThat(store.find(feedback.id()).orElseThrow().status()).isEqualTo(FeedbackStatus.IN_PROGRESS);

        long taskId = correctionTasks.of(feedback.id()).get(0).id();
        author.page("/editor/corrections");
        assertThat(author.post("/editor/corrections/" + taskId + "/done", List.of()).statusCode()).isEqualTo(302);
        assertThat(correctionTasks.find(taskId).orElseThrow().open()).isFalse();
    }

    @Test
    void publishedSummaryAppearsOnTheArticleAndDisappearsWhenWithdrawn() {
        Http readers = new Http(port);
        assertThat(readers.page(ReaderPages.ARTICLE).select(".feedback-summaries")).isEmpty();
        officer.page("/editor/feedback/summaries");
        officer.post("/editor/feedback/summaries", List.of("article", "en/passive-treatments", "text",
                "Readers asked what TENS stands for. We now explain it where it first appears."));
        long id = summaries.all().get(0).id();
        assertThat(readers.page(ReaderPages.ARTICLE).text()).doesNotContain("Readers asked what TENS stands for");

        officer.page("/editor/feedback/summaries");
        officer.post("/editor/feedback/summaries/" + id + "/publish", List.of("publish", "true"));
        Document article = readers.page(ReaderPages.ARTICLE);
        assertThat(article.selectFirst(".feedback-summaries").text()).contains("You said, we did",
                "Readers asked what TENS stands for. We now explain it where it first appears.");

        officer.page("/editor/feedback/summaries");
        officer.post("/editor/feedback/summaries/" + id + "/publish", List.of("publish", "false"));
        assertThat(readers.page(ReaderPages.ARTICLE).select(".feedback-summaries")).isEmpty();
        assertThat(auditDetails("FEEDBACK_SUMMARY_PUBLISHED")).anyMatch(d -> d.contains("Summary " + id));
    }

    @Test
    void aSummaryQuotingAReaderIsRefused() {
        submit("I could not find how long the effect of massage lasts.", "", "2");
        int before = summaries.all().size();
        officer.page("/editor/feedback/summaries");

        HttpResponse<String> response = officer.post("/editor/feedback/summaries", List.of("article",
                "en/passive-treatments", "text", "A reader said: I could not find how long the effect of massage "
                        + "lasts."));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("[role=alert]").text())
                .contains("the same as in a reader's comment");
        assertThat(summaries.all()).hasSize(before);
    }

    @Test
    void aSummaryRepeatingPartOfAReadersCommentIsRefusedWithoutEchoingItAndKeptForRewriting() {
        submit("After my fall at work in March my back hurt for weeks, write to me at jana.k@example.org please",
                "jana.k@example.org", "2");
        int before = summaries.all().size();
        officer.page("/editor/feedback/summaries");
        String partialQuote = "One reader's back hurt for weeks after a fall at work in March. We added a "
                + "paragraph on falls.";

        HttpResponse<String> response = officer.post("/editor/feedback/summaries", List.of("article",
                "en/passive-treatments", "text", partialQuote));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        String message = page.selectFirst("[role=alert]").text();
        assertThat(message).contains("5 words in a row (words 9 to 13 of the summary) are the same as in a "
                + "reader's comment on this article");
        assertThat(message.toLowerCase()).doesNotContain("fall at work", "march", "back hurt");
        assertThat(page.selectFirst("textarea[name=text]").wholeText()).isEqualTo(partialQuote);
        assertThat(page.selectFirst("select[name=article] option[selected]").val()).isEqualTo("en/passive-treatments");
        assertThat(summaries.all()).hasSize(before);
    }

    @Test
    void aSummaryWithAnEmailAddressOrAPhoneNumberIsRefused() {
        int before = summaries.all().size();
        officer.page("/editor/feedback/summaries");
        for (String[] summaryAndFinding : new String[][] {
                {"We answered the reader at jana.k@example.org and changed the table.", "an e-mail address"},
                {"We answered the reader at jana.k (at) example.org.", "an e-mail address"},
                {"We called the reader back on 0170 1234567 and changed the table.", "a phone number"},
                {"We called the reader back on +44 20 7946 0958.", "a phone number"}}) {
            HttpResponse<String> response = officer.post("/editor/feedback/summaries", List.of("article",
                    "en/passive-treatments", "text", summaryAndFinding[0]));
            assertThat(response.statusCode()).as(summaryAndFinding[0]).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).selectFirst("[role=alert]").text()).as(summaryAndFinding[0])
                    .contains("This summary contains " + summaryAndFinding[1])
                    .doesNotContain("jana", "0170", "7946");
        }
        assertThat(summaries.all()).hasSize(before);
    }

    @Test
    void aSummarySharingThirtyCharactersOfLongWordsWithAReaderIsRefused() {
        submit("Die Wärmetherapieempfehlungen fand ich unverständlich formuliert.", "", "2");
        officer.page("/editor/feedback/summaries");

        HttpResponse<String> response = officer.post("/editor/feedback/summaries", List.of("article",
                "en/passive-treatments", "text", "Readers found the WÄRMETHERAPIEEMPFEHLUNGEN   fand ich hard to read."));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("[role=alert]").text())
                .contains("3 words in a row (words 4 to 6 of the summary)");
    }

    @Test
    void aSummaryMayNameThePageAndShareAFewWordsWithReaders() {
        submit("The page on passive treatments for low back pain does not say how long heat helps.", "", "3");
        officer.page("/editor/feedback/summaries");

        HttpResponse<String> response = officer.post("/editor/feedback/summaries", List.of("article",
                "en/passive-treatments", "text", "Readers asked how long heat helps. The page on passive treatments "
                        + "for low back pain now says so."));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(officer.page("/editor/feedback/summaries").select("[role=alert]")).isEmpty();
        assertThat(summaries.all().get(0).text()).startsWith("Readers asked how long heat helps.");
    }

    @Test
    void aSummarySavedBeforeTheCheckIsNotPublishedWhenItRepeatsAReader() {
        submit("I stopped the tape after two days because my skin itched a lot.", "", "4");
        long id = summaries.add(org.evidenz.shared.Language.EN, "passive-treatments",
                "A reader stopped the tape after two days because the skin itched.", "officer",
                java.time.Instant.parse("2026-11-20T10:00:00Z"));
        officer.page("/editor/feedback/summaries");

        officer.post("/editor/feedback/summaries/" + id + "/publish", List.of("publish", "true"));

        assertThat(officer.page("/editor/feedback/summaries").selectFirst("[role=alert]").text())
                .contains("are the same as in a reader's comment");
        assertThat(summaries.find(id).orElseThrow().published()).isFalse();
        assertThat(new Http(port).page(ReaderPages.ARTICLE).text()).doesNotContain("stopped the tape");
    }

    @Test
    void retentionDeletesFeedbackOlderThanTwelveMonthsAndIsAudited() {
        Feedback old = submit("An old comment about acupuncture.", "old@example.org", "4");
        clock.advance(Duration.ofDays(200));
        Feedback recent = submit("A newer comment about heat.", "", "4");
        clock.advance(Duration.ofDays(170));

        int deleted = inbox.deleteExpired();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(store.find(old.id())).isEmpty();
        assertThat(store.find(recent.id())).isPresent();
        assertThat(auditDetails("FEEDBACK_RETENTION")).anyMatch(d -> d.startsWith("Deleted " + deleted + " "));
    }

    @Test
    void everythingAboutOneAddressCanBeFoundExportedAndDeleted() {
        Feedback first = submit("First message from Mia about manual therapy.", "mia.k@example.org", "3");
        Feedback second = submit("Second message from Mia about tape.", " Mia.K@Example.org", "4");
        Feedback other = submit("Someone else writes about heat.", "jo@example.org", "5");
        officer.page("/editor/feedback/items/" + first.id());
        officer.post("/editor/feedback/items/" + first.id() + "/notes", List.of("text", "Replied by e-mail."));

        officer.page("/editor/feedback/requests");
        HttpResponse<String> found = officer.post("/editor/feedback/requests", List.of("email", "MIA.K@example.org"));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Document results = Jsoup.parse(found.body());
        assertThat(results.selectFirst("caption").text()).startsWith("2 piece(s)");
        assertThat(results.text()).contains("First message from Mia", "Second message from Mia")
                .doesNotContain("Someone else");

        HttpResponse<String> export = officer.post("/editor/feedback/requests/export",
                List.of("email", "mia.k@example.org"));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(export.body()).contains("First message from Mia about manual therapy.",
                "Second message from Mia about tape.", "Replied by e-mail.", "mia.k@example.org")
                .doesNotContain("Someone else");

        HttpResponse<String> deleted = officer.post("/editor/feedback/requests/delete",
                List.of("email", "mia.k@example.org"));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(store.find(first.id())).isEmpty();
        assertThat(store.find(second.id())).isEmpty();
        assertThat(store.find(other.id())).isPresent();
        assertThat(jdbc.sql("select count(*) from feedback_note where feedback_id = ?").param(first.id())
                .query(Long.class).single()).isZero();
        assertThat(auditDetails("FEEDBACK_DELETED")).anyMatch(d -> d.contains("2 piece(s)"))
                .noneMatch(d -> d.toLowerCase().contains("mia"));
        assertThat(auditDetails("FEEDBACK_EXPORTED")).noneMatch(d -> d.toLowerCase().contains("mia"));
    }

    private List<String> auditDetails(String action) {
        return jdbc.sql("select details from audit_event where action = ? order by id").param(action)
                .query(String.class).list();
    }
}

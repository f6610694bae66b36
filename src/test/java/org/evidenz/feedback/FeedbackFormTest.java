package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.evidenz.support.Http;
import org.evidenz.support.MovableClock;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.Rows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reader's feedback form over HTTP: the article page asks, the form page takes the answers, an accepted form
 * thanks the reader, and every kind of bad input gets a clear message with what was typed kept and nothing stored.
 */
@FeedbackTest
class FeedbackFormTest {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    FeedbackStore store;

    @Autowired
    JdbcClient jdbc;

    ReaderFeedback reader;

    @BeforeEach
    void newReader() {
        clock.advance(ReaderFeedback.aNewMinute()); // a fresh allowance of submissions for 127.0.0.1
        reader = new ReaderFeedback(port, clock, "en");
    }

    @Test
    void articlePageAsksWhetherItWasHelpfulWithAFormThatWorksWithoutJavaScript() {
        Document article = new Http(port).page(ReaderPages.ARTICLE);
        var form = article.selectFirst(".feedback-prompt form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/en/feedback");
        assertThat(form.select("button[name=helpful]").eachAttr("value")).containsExactly("yes", "no");
        assertThat(form.selectFirst("input[name=article]").val()).isEqualTo(ReaderFeedback.ARTICLE);
        assertThat(article.select("input[name=_csrf], input[name=token]")).isEmpty();
    }

    @Test
    void formPageIsNeverCachedAndMarksRequiredFields() {
        HttpResponse<String> response = reader.get("/en/feedback?article=passive-treatments&helpful=yes");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("input[name=helpful][value=yes]").hasAttr("checked")).isTrue();
        assertThat(page.select("legend").eachText()).allMatch(legend -> legend.contains("*"));
        assertThat(page.text()).contains("Fields marked with an asterisk (*) are required",
                "we do not give individual advice", "deleted after 12 months");
        assertThat(page.selectFirst("input[name=token]").val()).isNotBlank();
        assertThat(page.selectFirst("input[name=_csrf]")).as("no session-held CSRF token").isNull();
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void acceptedFeedbackThanksTheReaderAndIsStoredOnce() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");

        HttpResponse<String> sent = reader.send(ReaderFeedback.valid("The table about heat is clear.", ""));

        assertThat(sent.statusCode()).isEqualTo(302);
        String thanks = sent.headers().firstValue("Location").orElseThrow();
        assertThat(thanks).endsWith("/en/feedback/thanks?article=passive-treatments");
        Document page = Jsoup.parse(reader.get(thanks.replaceFirst("^https?://[^/]+", "")).body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Thank you for your feedback");
        assertThat(page.selectFirst("a[href=/en/low-back-pain/passive-treatments]")).isNotNull();
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before + 1);
        Feedback stored = store.list(FeedbackStore.Filter.ALL, 1).get(0);
        assertThat(stored.comment()).isEqualTo("The table about heat is clear.");
        assertThat(stored.helpful()).isFalse();
        assertThat(stored.understandable()).isEqualTo(2);
        assertThat(stored.status()).isEqualTo(FeedbackStatus.NEW);
    }

    @Test
    void missingRequiredFieldsAreNamedNextToTheFieldsAndTheCommentIsKept() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");

        HttpResponse<String> sent = reader.send(Map.of("comment", "Too many long words."));

        assertThat(sent.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.selectFirst("[role=alert]").text()).contains("Please choose whether the page was helpful",
                "Please choose how easy the page was to understand", "Please agree to how we store your feedback");
        assertThat(page.selectFirst("#helpful-error")).isNotNull();
        assertThat(page.selectFirst("input[name=consent]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("input[name=consent]").attr("aria-describedby")).isEqualTo("consent-error");
        assertThat(page.selectFirst("textarea[name=comment]").wholeText()).isEqualTo("Too many long words.");
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
    }

    @Test
    void anOversizedCommentIsRefusedAndKept() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");
        String comment = "a".repeat(2001);

        HttpResponse<String> sent = reader.send(ReaderFeedback.valid(comment, ""));

        assertThat(sent.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.selectFirst("#comment-error").text()).contains("too long", "2,000 characters or fewer");
        assertThat(page.selectFirst("textarea[name=comment]").attr("aria-describedby"))
                .isEqualTo("comment-hint comment-error");
        assertThat(page.selectFirst("textarea[name=comment]").wholeText()).isEqualTo(comment);
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
    }

    @Test
    void aCommentWithScriptTagsIsRefusedAndShownBackAsText() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");
        String comment = "Nice <script>alert('x')</script>";

        HttpResponse<String> sent = reader.send(ReaderFeedback.valid(comment, ""));

        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(sent.body()).doesNotContain("<script>alert");
        Document page = Jsoup.parse(sent.body());
        assertThat(page.selectFirst("#comment-error").text()).contains("without HTML code");
        assertThat(page.selectFirst("textarea[name=comment]").wholeText()).isEqualTo(comment);
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
    }

    @Test
    void anInvalidEmailAddressIsRefusedAndKept() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");

        HttpResponse<String> sent = reader.send(ReaderFeedback.valid("Please answer me.", "anna.example.org"));

        assertThat(sent.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.selectFirst("#email-error").text()).contains("does not look like an e-mail address");
        assertThat(page.selectFirst("input[name=email]").val()).isEqualTo("anna.example.org");
        assertThat(page.selectFirst("input[name=helpful][value=no]").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("input[name=understandable][value=2]").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("input[name=consent]").hasAttr("checked")).isTrue();
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
    }

    @Test
    void aFilledHoneypotIsRefusedWithAClearMessage() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");
        Map<String, String> fields = new java.util.HashMap<>(ReaderFeedback.valid("Buy pills", ""));
        fields.put("website", "http://spam.example");

        HttpResponse<String> sent = reader.send(fields);

        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(sent.body()).selectFirst("[role=alert]").text())
                .contains("the form contained an entry people do not make");
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
    }

    @Test
    void aFormSentBackWithinSecondsIsRefusedAndCanBeSentAgainLater() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");

        HttpResponse<String> tooFast = reader.sendNow(ReaderFeedback.valid("Quick!", ""));

        assertThat(tooFast.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(tooFast.body());
        assertThat(page.selectFirst("[role=alert]").text()).contains("sent back very quickly");
        assertThat(page.selectFirst("textarea[name=comment]").wholeText()).isEqualTo("Quick!");
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
        assertThat(reader.send(ReaderFeedback.valid("Quick!", "")).statusCode()).isEqualTo(302);
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before + 1);
    }

    @Test
    void anExpiredFormIsRefusedWithTheEntriesKeptAndAFreshForm() {
        Document opened = reader.open();
        long before = Rows.count(jdbc, "feedback");
        clock.advance(java.time.Duration.ofHours(3));

        HttpResponse<String> sent = reader.sendNow(ReaderFeedback.valid("I left the tab open.", ""));

        assertThat(sent.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.selectFirst("[role=alert]").text()).contains("open for too long");
        assertThat(page.selectFirst("textarea[name=comment]").wholeText()).isEqualTo("I left the tab open.");
        assertThat(page.selectFirst("input[name=token]").val())
                .isNotEqualTo(opened.selectFirst("input[name=token]").val());
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
    }

    @Test
    void aForgedFormTokenIsRefused() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");
        String forged = "0123456789abcdef0123456789abcdef.1.AAAA";

        clock.advance(java.time.Duration.ofSeconds(10));
        HttpResponse<String> sent = reader.sendWithToken(forged, ReaderFeedback.valid("Hello", ""));

        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(sent.body()).selectFirst("[role=alert]").text()).contains("could not be checked");
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
    }

    @Test
    void aReplayedFormIsRefusedAndStoredOnlyOnce() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");

        assertThat(reader.send(ReaderFeedback.valid("Once, please.", "")).statusCode()).isEqualTo(302);
        HttpResponse<String> again = reader.send(ReaderFeedback.valid("Once, please.", ""));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.body()).selectFirst("[role=alert]").text())
                .contains("already been sent", "received your feedback once");
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before + 1);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedWithTheEntriesKept() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");

        clock.advance(java.time.Duration.ofSeconds(10));
        HttpResponse<String> sent = reader.sendWithToken(null, ReaderFeedback.valid("No token", ""));

        assertThat(sent.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.selectFirst("[role=alert]").text()).contains("could not be checked");
        assertThat(page.selectFirst("textarea[name=comment]").wholeText()).isEqualTo("No token");
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
    }

    @Test
    void aFormFromOurOwnPageIsAcceptedWithoutACookie() {
        reader.open();
        long before = Rows.count(jdbc, "feedback");

        HttpResponse<String> sent = reader.sendWithHeaders(ReaderFeedback.valid("From the page itself", ""),
                "Origin", reader.origin(), "Sec-Fetch-Site", "same-origin");

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before + 1);
    }

    @Test
    void openingSendingOrBeingRefusedStartsNoSessionAndSetsNoCookie() {
        long sessions = Rows.count(jdbc, "spring_session");
        reader.open();
        HttpResponse<String> tooFast = reader.sendNow(ReaderFeedback.valid("At once", ""));
        HttpResponse<String> incomplete = reader.sendWithHeaders(Map.of("comment", "Kept as typed"),
                "Origin", reader.origin());
        HttpResponse<String> accepted = reader.sendWithHeaders(ReaderFeedback.valid("Now complete", ""),
                "Origin", reader.origin());
        HttpResponse<String> thanks = reader.get("/en/feedback/thanks?article=" + ReaderFeedback.ARTICLE);

        assertThat(tooFast.statusCode()).isEqualTo(400);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(incomplete.body()).selectFirst("textarea[name=comment]").wholeText())
                .isEqualTo("Kept as typed");
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(thanks.statusCode()).isEqualTo(200);
        for (HttpResponse<String> response : java.util.List.of(tooFast, incomplete, accepted, thanks)) {
            assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString()).isEmpty();
        }
        assertThat(Rows.count(jdbc, "spring_session")).isEqualTo(sessions);
    }

    @Test
    void aFormSentFromAnotherSiteIsRefusedEvenWithAValidTokenAndStoresNothing() {
        long before = Rows.count(jdbc, "feedback");
        String[][] forgeries = {{"Origin", "https://evil.example"}, {"Origin", "null"},
                {"Referer", "https://evil.example/page.html"},
                {"Sec-Fetch-Site", "cross-site", "Origin", reader.origin()},
                {"Origin", "http://localhost.evil.example"}};
        for (String[] headers : forgeries) {
            reader.open(); // a token fetched by the other site's server would be just as valid
            HttpResponse<String> sent = reader.sendWithHeaders(ReaderFeedback.valid("Forged", ""), headers);

            assertThat(sent.statusCode()).as(String.join(" ", headers)).isEqualTo(403);
            Document page = Jsoup.parse(sent.body());
            assertThat(page.selectFirst("h1").text()).isEqualTo("This form was not sent from our site");
            assertThat(page.text()).contains("Nothing was saved");
            assertThat(sent.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before);
    }

    @Test
    void aGermanReaderIsToldInGermanThatAFormFromAnotherSiteWasRefused() {
        ReaderFeedback leserin = new ReaderFeedback(port, clock, "de");
        leserin.open();

        HttpResponse<String> sent = leserin.sendWithHeaders(ReaderFeedback.valid("Gefälscht", ""),
                "Origin", "https://evil.example");

        assertThat(sent.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(sent.body()).selectFirst("h1").text())
                .isEqualTo("Dieses Formular kam nicht von unserer Website");
    }

    @Test
    void tooManySubmissionsFromOneAddressGet429WithRetryAfter() {
        long before = Rows.count(jdbc, "feedback");
        java.util.List<ReaderFeedback> readers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ReaderFeedback tab = new ReaderFeedback(port, clock, "en");
            tab.open();
            readers.add(tab);
        }
        clock.advance(java.time.Duration.ofSeconds(10));
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = readers.get(i).sendNow(ReaderFeedback.valid("Number " + i, ""));
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        Document page = Jsoup.parse(last.body());
        assertThat(page.selectFirst("[role=alert]").text()).contains("Please wait", "your entries are kept");
        assertThat(page.selectFirst("textarea[name=comment]").wholeText()).isEqualTo("Number 5");
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before + 5);
    }

    @Test
    void feedbackOnAnArticleThatIsNotPublishedFindsNothing() {
        assertThat(reader.get("/en/feedback?article=no-such-article").statusCode()).isEqualTo(404);
        assertThat(reader.get("/en/feedback").statusCode()).isEqualTo(404);
    }
}

package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.evidenz.support.EditorClient;
import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.evidenz.support.Rows;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reader leaves no trace in a cookie: no page, no API answer, no feed and no reader form (opened, sent, refused)
 * sets one or starts a session, so nothing ties one reader's visits together, no form costs a database write for a
 * session, and every page can come from a shared cache. The forms' CSRF protection is stateless (ADR 28).
 */
@ReaderSiteTest
class NoCookiesForReadersTest {

    private static final List<String> FEEDS = List.of("/en/feed.atom", "/de/feed.atom",
            "/en/low-back-pain/feed.atom", "/sitemap.xml", "/robots.txt");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noReaderPageNoApiAnswerAndNoFeedSetsACookieOrStartsASession() {
        long sessions = sessions();
        Http http = new Http(port);
        List<String> addresses = Stream.of(ReaderPages.ALL, ReaderPages.API, FEEDS).flatMap(List::stream).toList();
        assertThat(addresses).contains(ReaderPages.FEEDBACK_FORM, "/en/newsletter", "/de/newsletter");
        for (String path : addresses) {
            for (String[] headers : List.of(new String[0], new String[] {"Accept-Encoding", "gzip"})) {
                HttpResponse<byte[]> response = http.getBytes(path, headers);
                assertThat(response.statusCode()).as(path).isIn(200, 404);
                assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
        }
        assertThat(sessions()).isEqualTo(sessions);
    }

    /** The feedback form's own sending is checked in FeedbackFormTest, on a clock that moves. */
    @Test
    void sendingTheNewsletterFormAcceptedOrRefusedSetsNoCookieAndStartsNoSession() {
        long sessions = sessions();
        EditorClient reader = EditorClient.fromLoopback(port, 41); // its own sign-up allowance
        reader.page("/en/newsletter");
        String origin = reader.origin();
        List<Sent> forms = List.of(
                // a typo in the address: the form comes back with what was typed
                new Sent("/en/newsletter", List.of("email", "not an address", "topic", "newsletter"), 400),
                new Sent("/en/newsletter", List.of("email", "no-session@example.org", "topic", "newsletter"), 200),
                new Sent("/en/newsletter/confirm", List.of("token", "broken"), 400));
        for (Sent form : forms) {
            for (String[] headers : List.of(new String[] {"Origin", origin}, new String[0])) {
                HttpResponse<String> response = reader.post(form.path(), form.fields(), headers);
                assertThat(response.statusCode()).as(form.path() + " " + form.fields()).isEqualTo(form.status());
                assertThat(response.headers().allValues("Set-Cookie")).as(form.path()).isEmpty();
                assertThat(response.headers().firstValue("Cache-Control")).as(form.path()).hasValue("no-store");
            }
        }
        HttpResponse<String> kept = reader.post("/en/newsletter", forms.get(0).fields(), "Origin", origin);
        assertThat(Jsoup.parse(kept.body()).getElementById("email").val()).isEqualTo("not an address");
        HttpResponse<String> withoutToken = reader.postWithoutToken("/en/newsletter", forms.get(1).fields());
        assertThat(withoutToken.statusCode()).isEqualTo(400);
        assertThat(withoutToken.headers().allValues("Set-Cookie")).isEmpty();
        for (String path : List.of("/en/feedback", "/de/newsletter", "/en/newsletter/confirm")) {
            HttpResponse<String> forged = reader.post(path, List.of("email", "x@example.org"),
                    "Origin", "https://evil.example");
            assertThat(forged.statusCode()).as(path).isEqualTo(403);
            assertThat(forged.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(sessions()).isEqualTo(sessions);
    }

    private long sessions() {
        return Rows.count(jdbc, "spring_session");
    }

    private record Sent(String path, List<String> fields, int status) {
    }
}

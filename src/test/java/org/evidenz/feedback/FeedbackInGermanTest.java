package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import org.evidenz.support.Http;
import org.evidenz.support.MovableClock;
import org.evidenz.support.Rows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feedback pages in German: the article's question, the form, its error messages and the thanks, with no English
 * left in them.
 */
@FeedbackTest
class FeedbackInGermanTest {

    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|Please|required|feedback|comment|helpful|Thank|Send|page|your|choose)\\b");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    FeedbackStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void germanArticleAsksInGerman() {
        Document article = new Http(port).page(germanArticlePath());
        assertThat(article.selectFirst(".feedback-prompt").text()).contains("War diese Seite hilfreich?", "Ja",
                "Nein");
        assertThat(article.selectFirst(".feedback-prompt form").attr("action")).isEqualTo("/de/feedback");
    }

    @Test
    void germanFormErrorsAndThanksAreInGerman() {
        clock.advance(ReaderFeedback.aNewMinute());
        ReaderFeedback reader = new ReaderFeedback(port, clock, "de");
        Document form = reader.open();
        assertThat(form.selectFirst("h1").text()).isEqualTo("Kommentieren Sie diese Seite");
        assertThat(text(form)).doesNotContainPattern(ENGLISH);

        HttpResponse<String> rejected = reader.send(Map.of("comment", "Zu viele Fachwörter."));
        assertThat(rejected.statusCode()).isEqualTo(400);
        Document errors = Jsoup.parse(rejected.body());
        assertThat(errors.selectFirst("[role=alert]").text()).contains("Bitte wählen Sie, ob die Seite hilfreich war",
                "Bitte stimmen Sie der Speicherung zu");
        assertThat(text(errors)).doesNotContainPattern(ENGLISH);

        long before = Rows.count(jdbc, "feedback");
        HttpResponse<String> accepted = reader.send(ReaderFeedback.valid("Gut verständlich.", ""));
        assertThat(accepted.statusCode()).isEqualTo(302);
        Document thanks = Jsoup.parse(reader.get(accepted.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body());
        assertThat(thanks.selectFirst("h1").text()).isEqualTo("Vielen Dank für Ihre Rückmeldung");
        assertThat(text(thanks)).doesNotContainPattern(ENGLISH);
        assertThat(Rows.count(jdbc, "feedback")).isEqualTo(before + 1);
        assertThat(store.list(FeedbackStore.Filter.ALL, 1).get(0).language().code()).isEqualTo("de");
    }

    /** The page's own text: the main content, without the article's title (content, not interface text). */
    private static String text(Document page) {
        var main = page.selectFirst("main").clone();
        main.select(".lead, a").remove();
        return main.text();
    }

    private String germanArticlePath() {
        Document home = new Http(port).page("/de/");
        return home.select("a[href^=/de/]").eachAttr("href").stream()
                .filter(href -> href.chars().filter(c -> c == '/').count() == 3).findFirst().orElseThrow();
    }
}

package org.evidenz.feedback;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.support.EditorClient;
import org.evidenz.support.MovableClock;
import org.jsoup.nodes.Document;

/**
 * A reader with a browser (which keeps cookies, should it get any) who opens the feedback form, takes a few seconds
 * and sends it.
 */
final class ReaderFeedback {

    static final String ARTICLE = "passive-treatments";

    private final EditorClient browser;
    private final MovableClock clock;
    private final String lang;
    private Document form;

    ReaderFeedback(int port, MovableClock clock, String lang) {
        this.browser = new EditorClient(port);
        this.clock = clock;
        this.lang = lang;
    }

    /** Opens the form as the article page's "Yes" button does. */
    Document open() {
        form = browser.page("/" + lang + "/feedback?article=" + ARTICLE + "&helpful=yes");
        return form;
    }

    /** A complete, acceptable form. */
    static Map<String, String> valid(String comment, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("helpful", "no");
        fields.put("understandable", "2");
        fields.put("comment", comment);
        fields.put("email", email);
        fields.put("consent", "yes");
        return fields;
    }

    /** Sends the open form with these fields after a person's few seconds. */
    HttpResponse<String> send(Map<String, String> fields) {
        clock.advance(Duration.ofSeconds(8));
        return sendNow(fields);
    }

    /** Sends at once, as a script would. */
    HttpResponse<String> sendNow(Map<String, String> fields) {
        return sendWithToken(form.selectFirst("input[name=token]").val(), fields);
    }

    HttpResponse<String> sendWithToken(String token, Map<String, String> fields, String... headers) {
        List<String> all = new ArrayList<>(List.of("article", ARTICLE));
        if (token != null) {
            all.addAll(List.of("token", token));
        }
        fields.forEach((name, value) -> {
            if (value != null) {
                all.add(name);
                all.add(value);
            }
        });
        return browser.post("/" + lang + "/feedback", all, headers);
    }

    /** Sends the open form after a person's few seconds, with the headers a browser adds (name, value …). */
    HttpResponse<String> sendWithHeaders(Map<String, String> fields, String... headers) {
        clock.advance(Duration.ofSeconds(8));
        return sendWithToken(form.selectFirst("input[name=token]").val(), fields, headers);
    }

    /** The address of the site's own pages, as a browser's {@code Origin} header names it. */
    String origin() {
        return browser.origin();
    }

    HttpResponse<String> get(String path) {
        return browser.get(path);
    }

    static Duration aNewMinute() {
        return Duration.ofMinutes(2);
    }
}

package org.evidenz.subscription;

import java.net.http.HttpResponse;
import java.util.List;

import org.evidenz.support.EditorClient;

/**
 * A reader's browser at a loopback address of its own ({@code 127.0.0.N}), so that a test can be several clients:
 * it opens the newsletter page for its session and CSRF token, then sends the subscribe form.
 */
final class ReaderAt {

    private final EditorClient browser;
    private final String lang;
    private boolean opened;

    ReaderAt(int port, int n, String lang) {
        this.browser = EditorClient.fromLoopback(port, n);
        this.lang = lang;
    }

    /** Sends the subscribe form with this address and choice ({@code newsletter} or a topic's slug). */
    HttpResponse<String> subscribe(String email, String choice) {
        if (!opened) {
            browser.page("/" + lang + "/newsletter");
            opened = true;
        }
        return browser.post("/" + lang + "/newsletter", List.of("email", email, "topic", choice));
    }
}

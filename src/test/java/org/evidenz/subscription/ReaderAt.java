package org.evidenz.subscription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;

/**
 * A reader's browser at a loopback address of its own ({@code 127.0.0.N}), so that a test can be several clients:
 * it opens the newsletter page for its session and CSRF token, then sends the subscribe form.
 */
final class ReaderAt {

    private final HttpClient client;
    private final String base;
    private final String lang;
    private String csrf;

    ReaderAt(int port, int n, String lang) {
        try {
            this.client = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0." + n))
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.base = "http://127.0.0.1:" + port;
        this.lang = lang;
    }

    /** Sends the subscribe form with this address and choice ({@code newsletter} or a topic's slug). */
    HttpResponse<String> subscribe(String email, String choice) {
        if (csrf == null) {
            csrf = Jsoup.parse(send(HttpRequest.newBuilder(URI.create(base + "/" + lang + "/newsletter")).GET()).body())
                    .selectFirst("input[name=_csrf]").val();
        }
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&topic="
                + URLEncoder.encode(choice, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        return send(HttpRequest.newBuilder(URI.create(base + "/" + lang + "/newsletter"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

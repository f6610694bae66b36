package org.evidenz.interop.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks the running application for a page exactly as a browser would, over HTTP on its own port, so that an exported
 * file holds the bytes the site serves. No {@code Accept-Encoding}: the export compresses files itself.
 */
final class SiteClient {

    static final String LOOPBACK = "127.0.0.1";

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    SiteClient(int port) {
        this.base = "http://" + LOOPBACK + ":" + port;
    }

    /** One answer: its status, its media type (without parameters) and its body. */
    record Answer(String path, int status, String mediaType, byte[] body) {

        boolean html() {
            return "text/html".equals(mediaType);
        }
    }

    Answer get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET()
                .build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
            return new Answer(path, response.statusCode(), type, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while exporting " + path, e);
        }
    }
}

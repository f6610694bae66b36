package org.evidenz.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Sends the appointment sheet's form as a browser does: a POST of form fields, without cookies or tokens. */
final class SheetRequests {

    static final String SHEET = "/en/low-back-pain/passive-treatments/appointment-sheet";
    static final String GERMAN_SHEET = "/de/rueckenschmerzen/passive-behandlungen/appointment-sheet";

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    SheetRequests(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A form field and its value. */
    record Field(String name, String value) {
    }

    static Field field(String name, String value) {
        return new Field(name, value);
    }

    HttpResponse<String> post(String path, List<Field> fields) {
        return send(path, fields, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> postForBytes(String path, List<Field> fields) {
        return send(path, fields, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(String path, List<Field> fields, HttpResponse.BodyHandler<T> body) {
        String form = fields.stream().map(f -> URLEncoder.encode(f.name(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.value(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

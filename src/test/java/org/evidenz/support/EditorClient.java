package org.evidenz.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP client for editor screens: keeps the session cookie, signs in through the real form, and sends
 * forms with the CSRF token the page gave it. Redirects are not followed, so tests see them.
 */
public final class EditorClient {

    private final HttpClient client;
    private final String base;
    private String csrf;

    public EditorClient(int port) {
        this(client().build(), "http://localhost:" + port);
    }

    private EditorClient(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    /**
     * A client whose requests come from a loopback address of its own, {@code 127.0.0.n}, so that a test can be
     * several clients (per-client limits).
     */
    public static EditorClient fromLoopback(int port, int n) {
        try {
            return new EditorClient(client().localAddress(InetAddress.getByName("127.0.0." + n)).build(),
                    "http://127.0.0.1:" + port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The same browser, its cookies and so its session, sending its requests to another application on
     * {@code port}, as a load balancer would send them to another node.
     */
    public EditorClient on(int port) {
        EditorClient other = new EditorClient(client, "http://localhost:" + port);
        other.csrf = csrf;
        return other;
    }

    private static HttpClient.Builder client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5));
    }

    /** Signs in; returns the response to the sign-in form (a redirect either way). */
    public HttpResponse<String> signIn(String email, String password) {
        refreshToken("/editor/login");
        return post("/editor/login", List.of("email", email, "password", password));
    }

    public EditorClient signedInAs(String email) {
        HttpResponse<String> response = signIn(email, Editorial.PASSWORD);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/editor/login")) {
            throw new AssertionError("Could not sign in as " + email);
        }
        refreshToken("/editor/account");
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** GET a page that must answer 200, parsed; takes the CSRF token from it for later forms. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        Document document = Jsoup.parse(response.body(), base + path);
        Element token = document.selectFirst("input[name=_csrf]");
        if (token != null) {
            csrf = token.val();
        }
        return document;
    }

    /** POST form fields (name, value, name, value …) with the CSRF token, and these headers (name, value …). */
    public HttpResponse<String> post(String path, List<String> fields, String... headers) {
        List<String> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add("_csrf");
            all.add(csrf);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(all)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** The base address, e.g. {@code http://localhost:12345}, as a browser's {@code Origin} names it. */
    public String origin() {
        return base;
    }

    /** POST without the CSRF token, as a forged request from another site would. */
    public HttpResponse<String> postWithoutToken(String path, List<String> fields) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** Submits a form of a page as a browser would: its fields as they are, changed by {@code changes}. */
    public HttpResponse<String> submit(Element form, Map<String, String> changes, String button) {
        List<String> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (input.hasAttr("disabled") || name.equals("_action")
                    || input.attr("type").equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? input.wholeText().replaceFirst("^\n", "")
                    : input.tagName().equals("select") ? selected(input) : input.val();
            fields.add(name);
            fields.add(changes.getOrDefault(name, value));
        }
        changes.forEach((name, value) -> {
            if (!fields.contains(name)) {
                fields.add(name);
                fields.add(value);
            }
        });
        if (button != null) {
            fields.add("_action");
            fields.add(button);
        }
        String action = form.attr("action");
        return send(HttpRequest.newBuilder(URI.create(action.startsWith("http") ? action : base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /**
     * POST a multipart form (name, value, name, value …) with the CSRF token, and a file when {@code fileName} is not
     * null, as a browser sends a form with a file input.
     */
    public HttpResponse<String> postFile(String path, List<String> fields, String fileField, String fileName,
            String content) {
        String boundary = "----EvidenzTest" + System.nanoTime();
        List<String> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add("_csrf");
            all.add(csrf);
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < all.size(); i += 2) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(all.get(i)).append("\"\r\n\r\n").append(all.get(i + 1)).append("\r\n");
        }
        if (fileName != null) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(fileField).append("\"; filename=\"").append(fileName)
                    .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content)
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** A multipart form with one file of any bytes (a picture), and the CSRF token unless there is none. */
    public HttpResponse<String> postBytes(String path, List<String> fields, String fileField, String fileName,
            byte[] content) {
        String boundary = "----EvidenzTest" + System.nanoTime();
        List<String> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add("_csrf");
            all.add(csrf);
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < all.size(); i += 2) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(all.get(i)).append("\"\r\n\r\n").append(all.get(i + 1)).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        return option == null ? "" : option.val();
    }

    private void refreshToken(String path) {
        Document document = Jsoup.parse(get(path).body());
        Element token = document.selectFirst("input[name=_csrf]");
        csrf = token == null ? null : token.val();
    }

    private static String encode(List<String> fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.size(); i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return body.toString();
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

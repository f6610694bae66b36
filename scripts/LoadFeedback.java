import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for scripts/load-feedback.sh: N readers GET the feedback form and POST it with the Origin header a
 * browser sends (and any cookie and CSRF field the page came with: since ADR 28 there are none); every tenth also
 * sends its form a second time at once (a double click), which must be refused as a replay. Prints throughput,
 * latency percentiles and counts (also of answers that set a cookie), and writes the token ids of accepted forms.
 *
 * Usage: java LoadFeedback.java BASE_URL FORMS CONCURRENCY ACCEPTED_TOKENS_FILE
 */
public class LoadFeedback {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int forms = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        Path acceptedFile = Path.of(args[3]);

        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        for (int s : new int[] {0, 302, 400, 403, 409, 429, 500}) {
            statuses.put(s, new AtomicInteger());
        }
        Map<Integer, AtomicInteger> replayStatuses = new ConcurrentHashMap<>();
        List<Long> postNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> roundNanos = Collections.synchronizedList(new ArrayList<>());
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger cookies = new AtomicInteger();
        Semaphore slots = new Semaphore(concurrency);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch done = new CountDownLatch(forms);
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < forms; i++) {
                int n = i;
                slots.acquire();
                executor.submit(() -> {
                    try {
                        long t0 = System.nanoTime();
                        HttpResponse<String> opened = client.send(HttpRequest.newBuilder(URI.create(base
                                        + "/en/feedback?article=passive-treatments&helpful=yes"))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                        String page = opened.body();
                        String session = opened.headers().allValues("Set-Cookie").stream()
                                .map(c -> c.split(";", 2)[0]).reduce((a, b) -> a + "; " + b).orElse("");
                        if (!session.isEmpty()) {
                            cookies.incrementAndGet();
                        }
                        Matcher csrf = CSRF.matcher(page);
                        String token = find(TOKEN, page);
                        String body = form("_csrf", csrf.find() ? unescape(csrf.group(1)) : "", "token", token,
                                "article", "passive-treatments",
                                "helpful", n % 2 == 0 ? "yes" : "no", "understandable", Integer.toString(1 + n % 5),
                                "comment", "Load test comment number " + n, "email",
                                n % 3 == 0 ? "load" + n + "@example.org" : "", "consent", "yes");
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/en/feedback"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Origin", base)
                                .POST(HttpRequest.BodyPublishers.ofString(body));
                        if (!session.isEmpty()) {
                            request.header("Cookie", session); // an older build, whose CSRF token needs its session
                        }
                        HttpRequest post = request.build();
                        long p0 = System.nanoTime();
                        var first = client.sendAsync(post, HttpResponse.BodyHandlers.discarding());
                        var second = n % 10 == 0 ? client.sendAsync(post, HttpResponse.BodyHandlers.discarding())
                                : null;
                        HttpResponse<Void> answer = first.get(60, TimeUnit.SECONDS);
                        int status = answer.statusCode();
                        if (!answer.headers().allValues("Set-Cookie").isEmpty()) {
                            cookies.incrementAndGet();
                        }
                        long p1 = System.nanoTime();
                        postNanos.add(p1 - p0);
                        roundNanos.add(p1 - t0);
                        statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                        if (status == 302) {
                            accepted.add(token.substring(0, token.indexOf('.')));
                        }
                        if (second != null) {
                            int again = second.get(60, TimeUnit.SECONDS).statusCode();
                            replayStatuses.computeIfAbsent(again, k -> new AtomicInteger()).incrementAndGet();
                            if (again == 302) {
                                accepted.add(token.substring(0, token.indexOf('.')));
                            }
                        }
                    } catch (Exception e) {
                        statuses.get(0).incrementAndGet();
                    } finally {
                        slots.release();
                        done.countDown();
                    }
                });
            }
            if (!done.await(5, TimeUnit.MINUTES)) {
                System.out.println("Gave up waiting after 5 minutes");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.write(acceptedFile, accepted);
        System.out.printf("forms=%d concurrency=%d seconds=%.2f forms_per_second=%.0f%n", forms, concurrency,
                seconds, forms / seconds);
        System.out.printf("post_p50_ms=%.1f post_p99_ms=%.1f get_and_post_p50_ms=%.1f get_and_post_p99_ms=%.1f%n",
                percentile(postNanos, 50), percentile(postNanos, 99), percentile(roundNanos, 50),
                percentile(roundNanos, 99));
        StringBuilder counts = new StringBuilder("first_post_status");
        statuses.forEach((s, c) -> {
            if (c.get() > 0) {
                counts.append(' ').append(s == 0 ? "error" : s).append('=').append(c.get());
            }
        });
        System.out.println(counts);
        StringBuilder replays = new StringBuilder("double_click_second_post_status");
        new TreeMap<>(replayStatuses).forEach((s, c) -> replays.append(' ').append(s).append('=').append(c.get()));
        System.out.println(replays);
        System.out.println("accepted_tokens=" + accepted.size());
        System.out.println("answers_with_set_cookie=" + cookies.get());
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in the form page");
        }
        return unescape(m.group(1));
    }

    private static String unescape(String html) {
        return html.replace("&#61;", "=").replace("&amp;", "&");
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}

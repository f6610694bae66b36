package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sends what a scanner, a broken link or an attacker sends — addresses that are not UTF-8, NUL, CR/LF, traversal,
 * path parameters, double slashes, 10,000 characters, unknown values, markup — to every reader and API address, and
 * checks what every answer must be: never a 5xx, never a stack trace or an exception's name, an error never kept by
 * a shared cache, and the security headers on everything.
 */
@ReaderSiteTest
class HostileInputTest {

    /** Not UTF-8: an encoded surrogate, a byte UTF-8 never uses, overlong forms, broken escapes. */
    static final List<String> UNDECODABLE = List.of("%ED%A0%80", "%FF", "%C0%AF", "%E0%80%AF", "%", "%zz", "%e");

    static final String MARKUP = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";

    /** Decodable, but hostile or nonsensical. */
    static final List<String> HOSTILE = List.of("%00", "a%00b", "%0D%0A", "%0D%0ASet-Cookie:%20evil=1",
            "../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", ";jsessionid=0123456789ABCDEF",
            "//evil.example", "%2F%2Fevil.example", "a".repeat(10_000), "nonsense", "-1", "0",
            "99999999999999999999", MARKUP, "%22%3E%3Csvg%20onload%3Dalert(1)%3E", "%27%20OR%20%271%27%3D%271",
            "%E2%80%AE", "%F0%9F%92%A9", "%EF%BF%BF", "+");

    /** Every reader and API address, with a query that works and the parameters it reads. */
    static final List<Address> ADDRESSES = List.of(
            new Address("/", ""),
            new Address("/en/", ""),
            new Address("/de/", ""),
            new Address("/en/low-back-pain", ""),
            new Address(ReaderPages.ARTICLE, ""),
            new Address(ReaderPages.GERMAN_ARTICLE, ""),
            new Address("/en/treatments", ""),
            new Address("/en/treatments/manual-therapy", ""),
            new Address("/en/glossary", ""),
            new Address("/en/glossary/infection", ""),
            new Address("/en/sources", ""),
            new Address("/en/sources/mu-2020", ""),
            new Address("/en/developers", ""),
            new Address("/en/search", "q=massage", "q", "type", "topic", "page"),
            new Address("/de/search", "q=massage", "q", "type", "topic", "page"),
            new Address("/en/feed.atom", ""),
            new Address("/en/low-back-pain/feed.atom", ""),
            new Address("/en/newsletter", "", "topic"),
            new Address("/en/newsletter/confirm", "", "token"),
            new Address("/de/newsletter/confirm", "", "token"),
            new Address("/en/newsletter/unsubscribe", "", "token"),
            new Address("/en/feedback", "article=passive-treatments&helpful=yes", "article", "helpful"),
            new Address("/en/feedback/thanks", "article=passive-treatments", "article"),
            new Address("/editor/login", "", "error", "signed-out"),
            new Address("/actuator/health", ""),
            new Address("/error", ""),
            new Address("/api/v1/topics", "lang=en", "lang", "modifiedSince", "page", "size"),
            new Address("/api/v1/articles", "lang=en", "lang", "modifiedSince", "page", "size"),
            new Address("/api/v1/articles/en/low-back-pain/passive-treatments", ""),
            new Address("/api/v1/treatments", "lang=en", "lang", "kind", "modifiedSince", "page", "size"),
            new Address("/api/v1/treatments/manual-therapy", "lang=en", "lang"),
            new Address("/api/v1/glossary", "lang=en", "lang", "page", "size"),
            new Address("/api/v1/sources/mu-2020", ""),
            new Address("/api/v1/search", "q=massage&lang=en", "q", "lang", "type", "topic", "page"),
            new Address("/api/v1/search/suggest", "q=mass&lang=en", "q", "lang", "limit"),
            new Address("/fhir/metadata", "", "_format"),
            new Address("/fhir/Evidence", "_language=en", "identifier", "url", "title", "_language", "_count",
                    "_format"),
            new Address("/fhir/Group", "", "name", "_getpages"),
            new Address("/fhir/Composition/en-passive-treatments/$document", "", "_format"));

    /** What follows a prefix in a hostile path. */
    static final List<String> PATH_SEGMENTS = Stream.concat(UNDECODABLE.stream(), Stream.of("a%00b", "%0D%0A",
            "..;/editor", "/glossary", "glossary;jsessionid=0123456789ABCDEF", "%2e%2e/editor", "..%2Feditor", "%2F",
            "%5C..%5C", "a".repeat(10_000), MARKUP, "%22%3E%3Csvg%20onload%3Dalert(1)%3E", "nonsense", "%E2%80%AE"))
            .toList();

    static final List<String> PATH_PREFIXES = List.of("/", "/en/", "/de/", "/en/glossary/", "/en/treatments/",
            "/en/sources/", "/en/low-back-pain/", "/api/v1/treatments/", "/api/v1/sources/",
            "/api/v1/articles/en/low-back-pain/", "/editor/", "/fhir/", "/fhir/Evidence/");

    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\b[A-Z][A-Za-z]*Exception\\b|\\bat (java|jakarta|org|com)\\.[a-z]|Caused by: |\\bTomcat\\b");
    private static final Pattern MAX_AGE = Pattern.compile("(?:s-)?max-age=(\\d+)");
    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Frame-Options",
            "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy");

    @LocalServerPort
    int port;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void everyReaderAndApiAddressWithstandsHostileQueryParameters() {
        List<String> problems = new ArrayList<>();
        for (Address address : ADDRESSES) {
            for (String value : UNDECODABLE) {
                String target = address.with(address.firstParameter(), value);
                problems.addAll(check(target, http.get(target)));
            }
            String badName = address.path() + "?%FF=1";
            problems.addAll(check(badName, http.get(badName)));
            for (String name : address.fuzzed()) {
                for (String value : HOSTILE) {
                    String target = address.with(name, value);
                    problems.addAll(check(target, http.get(target)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void hostilePathsAreAnsweredWithoutA5xxAndWithTheSecurityHeaders() {
        List<String> problems = new ArrayList<>();
        for (String prefix : PATH_PREFIXES) {
            for (String segment : PATH_SEGMENTS) {
                String target = prefix + segment;
                problems.addAll(check(target, http.get(target)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSignInFormWithstandsHostileInput() {
        RawHttp.Response form = http.get("/editor/login");
        String cookie = form.header("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        List<String> problems = new ArrayList<>();
        for (String value : Stream.concat(UNDECODABLE.stream(), HOSTILE.stream()).toList()) {
            String byAddress = "email=" + value + "&password=not+the+password&_csrf=" + token.group(1);
            problems.addAll(check("POST email=" + value,
                    http.postForm("/editor/login", byAddress, "Cookie", cookie)));
            String byPassword = "email=nobody%40test.evidenz.example&password=" + value + "&_csrf=" + token.group(1);
            problems.addAll(check("POST password=" + value,
                    http.postForm("/editor/login", byPassword, "Cookie", cookie)));
        }
        assertThat(problems).isEmpty();
    }

    /** What is wrong with one answer; nothing when it is as every answer must be. */
    static List<String> check(String request, RawHttp.Response response) {
        List<String> problems = new ArrayList<>();
        String what = RawHttp.abbreviated(request) + " → " + response.status() + ": ";
        if (response.status() >= 500) {
            problems.add(what + "a server error");
        }
        Matcher trace = STACK_TRACE.matcher(response.body());
        if (trace.find()) {
            problems.add(what + "the body names '" + trace.group() + "'");
        }
        boolean html = response.header("Content-Type").orElse("").startsWith("text/html");
        if (html && (response.body().contains("<script>alert(1)") || response.body().contains("<svg onload"))) {
            problems.add(what + "markup from the request is in the page unescaped");
        }
        for (String header : SECURITY_HEADERS) {
            if (response.header(header).isEmpty()) {
                problems.add(what + "no " + header);
            }
        }
        if (response.status() >= 400) {
            String cacheControl = response.header("Cache-Control").orElse("");
            if (sharedCachesMayKeep(cacheControl) || !cacheControl.contains("no-store")) {
                problems.add(what + "an error with Cache-Control '" + cacheControl + "'");
            }
            response.header("ETag").ifPresent(etag -> problems.add(what + "an error with the ETag " + etag));
        }
        return problems;
    }

    static boolean sharedCachesMayKeep(String cacheControl) {
        String directives = cacheControl.toLowerCase(Locale.ROOT);
        if (directives.contains("no-store") || directives.contains("private")) {
            return false;
        }
        Matcher maxAge = MAX_AGE.matcher(directives);
        while (maxAge.find()) {
            if (!maxAge.group(1).matches("0+")) {
                return true;
            }
        }
        return directives.contains("public");
    }

    /** An address, the query that makes it work, and the parameters to replace with hostile values. */
    record Address(String path, String validQuery, String... fuzzed) {

        Address {
            if (fuzzed.length == 0) {
                fuzzed = new String[] {"x"};
            }
        }

        String firstParameter() {
            return fuzzed[0];
        }

        /** The address with its working query, {@code name} set to {@code rawValue} exactly as given. */
        String with(String name, String rawValue) {
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : validQuery.split("&")) {
                if (!pair.isEmpty()) {
                    query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
            query.put(name, rawValue);
            StringBuilder target = new StringBuilder(path);
            char separator = '?';
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                target.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
                separator = '&';
            }
            return target.toString();
        }
    }
}

package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser that accepts gzip gets the page compressed (the bytes stored when the page was kept, decompressing to
 * exactly what a client without gzip gets), every answer says its encoding follows Accept-Encoding, and HEAD and
 * revalidation answer as for the plain page. The decompression is the JDK's own gzip reader.
 */
@ReaderSiteTest
class CompressedPagesTest {

    private static final String[] BROWSER = {"Accept-Encoding", "gzip, deflate, br"};

    @LocalServerPort
    int port;

    private List<String> addresses(Http http) {
        String css = http.page(ReaderPages.ARTICLE).select("link[rel=stylesheet]").attr("href");
        return List.of(ReaderPages.ARTICLE, "/en/treatments/manual-therapy", "/api/v1/articles?lang=en",
                ReaderPages.GERMAN_ARTICLE, css);
    }

    @Test
    void aBrowserGetsTheSameBytesCompressedAndAPlainClientGetsThemPlain() {
        Http http = new Http(port);
        for (String path : addresses(http)) {
            for (int time = 1; time <= 2; time++) { // rendered, then from memory
                HttpResponse<byte[]> plain = http.getBytes(path);
                HttpResponse<byte[]> compressed = http.getBytes(path, BROWSER);
                assertThat(plain.statusCode()).as(path).isEqualTo(200);
                assertThat(compressed.statusCode()).as(path).isEqualTo(200);
                assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
                assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                assertThat(gunzip(compressed.body())).as(path).isEqualTo(plain.body());
                assertThat(compressed.body().length).as(path).isLessThan(plain.body().length);
                for (HttpResponse<byte[]> response : List.of(plain, compressed)) {
                    assertThat(response.headers().allValues("Vary")).as(path)
                            .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
                    assertThat(response.headers().firstValueAsLong("Content-Length")).as(path)
                            .hasValue(response.body().length);
                    assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                            .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
                    assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                }
            }
        }
    }

    @Test
    void aClientThatRefusesGzipGetsThePlainPage() {
        Http http = new Http(port);
        byte[] plain = http.getBytes(ReaderPages.ARTICLE).body();
        for (String refusal : List.of("identity", "gzip;q=0, identity", "br", "deflate")) {
            HttpResponse<byte[]> response = http.getBytes(ReaderPages.ARTICLE, "Accept-Encoding", refusal);
            assertThat(response.headers().firstValue("Content-Encoding")).as(refusal).isEmpty();
            assertThat(response.body()).as(refusal).isEqualTo(plain);
        }
    }

    @Test
    void headAnswersWithTheLengthOfWhatGetWouldSend() {
        Http http = new Http(port);
        for (String path : addresses(http)) {
            HttpResponse<byte[]> get = http.getBytes(path, BROWSER);
            HttpResponse<byte[]> head = http.head(path, BROWSER);
            assertThat(head.statusCode()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(head.headers().firstValueAsLong("Content-Length")).as(path).hasValue(get.body().length);
            HttpResponse<byte[]> plainHead = http.head(path);
            assertThat(plainHead.headers().firstValueAsLong("Content-Length")).as(path)
                    .hasValue(http.getBytes(path).body().length);
        }
    }

    @Test
    void aRevalidatingBrowserGetsNotModifiedWithoutABody() {
        Http http = new Http(port);
        for (String path : addresses(http)) {
            HttpResponse<byte[]> first = http.getBytes(path, BROWSER);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
            HttpResponse<byte[]> again = http.getBytes(path, "Accept-Encoding", "gzip", "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.headers().allValues("Vary")).as(path)
                    .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
            assertThat(again.headers().firstValue("Cache-Control")).as(path)
                    .isEqualTo(first.headers().firstValue("Cache-Control"));
            assertThat(http.getBytes(path, "If-None-Match", "W/\"another\"").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aPageFromMemoryCarriesEveryHeaderOfTheRenderedOne() {
        Http http = new Http(port);
        String css = http.page(ReaderPages.ARTICLE).select("link[rel=stylesheet]").attr("href");
        // an address nobody asked for yet: the first answer is rendered, the second comes from memory
        String fresh = "?asked=" + System.nanoTime();
        for (String path : List.of(ReaderPages.ARTICLE + fresh, ReaderPages.GERMAN_ARTICLE + fresh,
                "/en/treatments/manual-therapy" + fresh, css + fresh)) {
            for (String[] client : List.of(new String[] {"Accept", "*/*"}, BROWSER)) {
                HttpResponse<byte[]> rendered = http.getBytes(path, client);
                HttpResponse<byte[]> kept = http.getBytes(path, client);
                assertThat(kept.body()).as(path).isEqualTo(rendered.body());
                assertThat(withoutDate(kept)).as(path).isEqualTo(withoutDate(rendered));
            }
        }
        assertThat(http.getBytes(ReaderPages.GERMAN_ARTICLE).headers().firstValue("Content-Language")).hasValue("de");
    }

    private static java.util.Map<String, List<String>> withoutDate(HttpResponse<byte[]> response) {
        java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    @Test
    void aPageThatIsNotKeptIsCompressedOnceToo() {
        Http http = new Http(port);
        HttpResponse<byte[]> search = http.getBytes(ReaderPages.FEEDBACK_FORM, BROWSER);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.headers().allValues("Content-Encoding")).containsExactly("gzip");
        assertThat(new String(gunzip(search.body()), java.nio.charset.StandardCharsets.UTF_8)).contains("</html>");
    }

    private static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

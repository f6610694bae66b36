package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader leaves no trace in a cookie: no page and no API answer sets one, so nothing ties one reader's visits
 * together, and every answer can come from a shared cache. The exceptions are the two reader forms (feedback,
 * newsletter): their CSRF token lives in a session today, which a stateless token is to replace (issue 14).
 */
@ReaderSiteTest
class NoCookiesForReadersTest {

    /** The feedback and newsletter forms, in both languages; their thank-you pages hold no form. */
    private static final Pattern FORMS = Pattern.compile("^/(en|de)/(feedback\\?|newsletter$)");

    @LocalServerPort
    int port;

    @Test
    void noReaderPageAndNoApiAnswerSetsACookie() {
        Http http = new Http(port);
        List<String> addresses = Stream.concat(ReaderPages.ALL.stream(), ReaderPages.API.stream())
                .filter(path -> !FORMS.matcher(path).find()).toList();
        assertThat(addresses).hasSizeGreaterThan(ReaderPages.ALL.size());
        for (String path : addresses) {
            for (String[] headers : List.of(new String[0], new String[] {"Accept-Encoding", "gzip"})) {
                HttpResponse<byte[]> response = http.getBytes(path, headers);
                assertThat(response.statusCode()).as(path).isIn(200, 404);
                assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
        }
    }
}

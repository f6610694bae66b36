package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without a configured base URL, a page kept in memory for one address is never served for another: its canonical
 * link names the address it was asked at, and a request with a forged host cannot put its links into other
 * readers' pages.
 */
@SiteWithoutBaseUrl
class CachedPagesFollowTheirAddressTest {

    @LocalServerPort
    int port;

    @Test
    void aPageKeptForOneHostIsNotServedForAnother() {
        RawHttp http = new RawHttp(port);
        String path = "/en/low-back-pain";
        for (String host : new String[] {"forged.example", "evidenz.example", "forged.example"}) {
            String[] forwarded = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", host};
            String canonical = Jsoup.parse(http.get(path, forwarded).body()).select("link[rel=canonical]").attr("href");
            assertThat(canonical).as(host).isEqualTo("https://" + host + path);
        }
    }
}

package org.evidenz.interop.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The developers page, in both languages, names every channel with a request to try and says how to attribute. */
@ReaderSiteTest
class DevelopersPageTest {

    @LocalServerPort
    int port;

    @Test
    void namesEveryChannelWithAnExampleRequestInBothLanguages() {
        Http http = new Http(port);
        for (String lang : new String[] {"en", "de"}) {
            Document page = http.page("/" + lang + "/developers");
            String examples = page.select("pre code").text();
            assertThat(examples).contains("/api/v1/articles?lang=" + lang + "&modifiedSince=", "/fhir/metadata",
                    "/infobutton?", "/cds-services", "/" + lang + "/feed.atom", "/sitemap.xml");
            assertThat(page.select("a[href=/api/v1/openapi.json]")).hasSize(1);
            assertThat(page.select("#dev-licence").first().parent().text())
                    .as("no licence is claimed that the operator has not stated")
                    .contains(lang.equals("en") ? "has not stated a licence" : "keine Lizenz");
            assertThat(page.select("footer a[href=/" + lang + "/developers]")).hasSize(1);
        }
    }
}

package org.evidenz.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.evidenz.bundle.BundleFixture;
import org.evidenz.bundle.BundleReader;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.LiveContent;
import org.evidenz.shared.Language;
import org.evidenz.support.Http;
import org.evidenz.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.jayway.jsonpath.JsonPath;

/**
 * A partner syncs with {@code modifiedSince}: after a publication it gets exactly what that publication changed, in
 * the language it changed in, and everything when it asks from before the content existed. Publishes through
 * {@link LiveContent}, as the editorial workflow does, on an application of its own with a clock that moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:modified-since;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/modified-since", "evidenz.jobs.enabled=false",
        "evidenz.bundle.load-demo=false", "evidenz.api.requests-per-minute=1000000"})
@Import(MovableClock.AsTheApplicationClock.class)
class ApiModifiedSinceTest {

    @LocalServerPort
    int port;

    @Autowired
    BundleReader reader;

    @Autowired
    ContentImport importer;

    @Autowired
    ContentStore store;

    @Autowired
    LiveContent live;

    @Autowired
    MovableClock clock;

    @TempDir
    Path folder;

    private Http http;
    private Instant loaded;

    @BeforeEach
    void loadDemoThenWait() {
        importer.replaceAll(reader.read(BundleFixture.copyOfDemo(folder).root()), "test");
        loaded = clock.instant();
        clock.advance(Duration.ofDays(1));
        http = new Http(port);
    }

    private void republish(ItemKind kind, Language language, String id) {
        ItemKey key = new ItemKey(kind, language, id);
        live.publish(List.of(store.item(key, store.find(key).orElseThrow().latestRevision())));
    }

    private String json(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    @Test
    void afterAPublicationOnlyWhatItChangedIsListed() {
        Instant cutoff = clock.instant();
        clock.advance(Duration.ofHours(1));
        republish(ItemKind.TREATMENT, Language.EN, "massage");

        String since = "modifiedSince=" + cutoff;
        assertThat(JsonPath.<List<String>>read(json("/api/v1/treatments?lang=en&" + since), "$.items[*].id"))
                .containsExactly("massage");
        assertThat(JsonPath.<String>read(json("/api/v1/treatments?lang=en&" + since), "$.items[0].dateModified"))
                .isEqualTo(clock.instant().toString());
        assertThat(JsonPath.<List<String>>read(json("/api/v1/articles?lang=en&" + since), "$.items[*].id"))
                .as("the article shows the treatment, so it changed too").containsExactly("passive-treatments");
        assertThat(JsonPath.<List<String>>read(json("/api/v1/topics?lang=en&" + since), "$.items[*].id"))
                .containsExactly("low-back-pain");
        assertThat(JsonPath.<Integer>read(json("/api/v1/treatments?lang=de&" + since), "$.total"))
                .as("the German edition did not change").isZero();
        assertThat(JsonPath.<Integer>read(json("/api/v1/articles?" + since), "$.total")).isEqualTo(1);
    }

    @Test
    void anArticlesOwnPublicationMovesItsDateButNotItsTreatments() {
        Instant cutoff = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        republish(ItemKind.ARTICLE, Language.DE, "passive-treatments");

        String since = "modifiedSince=" + cutoff;
        assertThat(JsonPath.<List<String>>read(json("/api/v1/articles?" + since), "$.items[*].api"))
                .containsExactly("/api/v1/articles/de/rueckenschmerzen/passive-behandlungen");
        assertThat(JsonPath.<Integer>read(json("/api/v1/treatments?lang=de&" + since), "$.total")).isZero();
        assertThat(JsonPath.<String>read(json("/api/v1/articles/de/rueckenschmerzen/passive-behandlungen"),
                "$.dateModified")).isEqualTo(clock.instant().toString());
    }

    @Test
    void fromBeforeTheContentExistedEverythingIsListedAndOffsetsAreUnderstood() {
        String before = "modifiedSince=" + loaded.minusSeconds(1);
        assertThat(JsonPath.<Integer>read(json("/api/v1/treatments?lang=en&" + before), "$.total")).isEqualTo(17);
        assertThat(JsonPath.<Integer>read(json("/api/v1/articles?" + before), "$.total")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(json("/api/v1/topics?" + before), "$.total")).isEqualTo(2);

        // the moment of loading, written with an offset of +01:00: nothing changed after it
        String atLoading = loaded.atOffset(ZoneOffset.ofHours(1)).toString().replace("+", "%2B");
        assertThat(atLoading).contains("%2B01:00");
        assertThat(JsonPath.<Integer>read(json("/api/v1/topics?modifiedSince=" + atLoading), "$.total")).isZero();
    }

    @Test
    void aValueThatIsNoDateTimeIsRefusedWithAReason() {
        for (String path : List.of("/api/v1/topics", "/api/v1/articles", "/api/v1/treatments?lang=en")) {
            String address = path + (path.contains("?") ? "&" : "?") + "modifiedSince=yesterday";
            HttpResponse<String> response = http.get(address);
            assertThat(response.statusCode()).as(address).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(JsonPath.<String>read(response.body(), "$.detail")).isEqualTo("The parameter "
                    + "'modifiedSince' must be a date and time with its offset, such as 2026-11-01T00:00:00Z, not "
                    + "'yesterday'.");
        }
    }
}

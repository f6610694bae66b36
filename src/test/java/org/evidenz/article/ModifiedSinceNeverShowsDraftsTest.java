package org.evidenz.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.evidenz.accounts.User;
import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.Editorial;
import org.evidenz.support.Http;
import org.evidenz.support.MovableClock;
import org.evidenz.support.UnpublishedContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.jayway.jsonpath.JsonPath;

/**
 * Invariant 1 on the sync channel: a draft saved after the cutoff, of a new article or of a published one, never
 * makes anything show up in {@code modifiedSince} lists, and what a draft says never appears in any of them. The
 * bundle holds a draft article, an unpublished treatment and a topic whose only article is archived, as in
 * {@link DraftsNeverReachReadersTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:modified-since-drafts;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/modified-since-drafts", "evidenz.jobs.enabled=false",
        "evidenz.bundle.load-demo=false", "evidenz.api.requests-per-minute=1000000"})
@Import({MovableClock.AsTheApplicationClock.class, Editorial.class})
class ModifiedSinceNeverShowsDraftsTest {

    private static final List<String> LISTS = List.of("/api/v1/topics", "/api/v1/articles",
            "/api/v1/treatments?lang=en", "/api/v1/topics?lang=en", "/api/v1/articles?lang=en");

    @LocalServerPort
    int port;

    @Autowired
    BundleReader reader;

    @Autowired
    ContentImport importer;

    @Autowired
    Editorial editorial;

    @Autowired
    MovableClock clock;

    @TempDir
    Path folder;

    private Http http;
    private Instant loaded;

    @BeforeEach
    void loadBundleWithUnpublishedContent() {
        UnpublishedContent.load(reader, importer, folder);
        loaded = clock.instant();
        http = new Http(port);
    }

    @Test
    void draftsSavedAfterTheCutoffNeverShowUp() {
        Instant cutoff = clock.instant();
        clock.advance(Duration.ofHours(2));
        User author = editorial.user("author", Role.AUTHOR);
        editorial.editSummary(Language.EN, "draft-article", "Secret draft summary.", author);
        editorial.editSummary(Language.EN, "passive-treatments", "Unreviewed new summary.", author);

        for (String list : LISTS) {
            String address = list + (list.contains("?") ? "&" : "?") + "modifiedSince=" + cutoff;
            String body = http.get(address).body();
            assertThat(JsonPath.<Integer>read(body, "$.total")).as(address).isZero();
        }
    }

    @Test
    void listingEverythingSinceBeforeTheContentExistedShowsNoDraft() {
        User author = editorial.user("author", Role.AUTHOR);
        clock.advance(Duration.ofMinutes(1));
        editorial.editSummary(Language.EN, "passive-treatments", "Unreviewed new summary.", author);
        for (String list : LISTS) {
            String address = list + (list.contains("?") ? "&" : "?") + "modifiedSince=" + loaded.minusSeconds(60)
                    + "&size=100";
            String body = http.get(address).body();
            assertThat(JsonPath.<Integer>read(body, "$.total")).as(address).isPositive();
            assertThat(body).as(address).doesNotContain(UnpublishedContent.WORDS)
                    .doesNotContain("Secret draft summary", "Unreviewed new summary");
        }
    }
}

package org.evidenz.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.evidenz.accounts.User;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.editorial.workflow.ReviewPolicies;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.Editorial;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Http;
import org.evidenz.support.SubscriptionTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

/** The Atom feeds: valid XML with the right entries, ids and times, per language and topic; drafts never. */
@SubscriptionTest
class FeedTest {

    private static final Language EN = Language.EN;
    private static final String ARTICLE = "passive-treatments";

    @Autowired
    Editorial editorial;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ReviewPolicies policies;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void demoContent() {
        editorial.resetContent();
        Cleanup.subscriptionData(jdbc);
        http = new Http(port);
    }

    @Test
    void theLanguageFeedListsThePublishedArticleWithItsUpdateDate() throws Exception {
        HttpResponse<String> response = http.get("/en/feed.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("max-age")
                .doesNotContain("no-store");

        Feed feed = parse(response.body());
        assertThat(feed.getTitle()).isEqualTo("Evidenz: New and updated pages");
        assertThat(feed.getId()).startsWith("tag:");
        assertThat(feed.getEntries()).hasSize(1);
        Entry entry = feed.getEntries().getFirst();
        assertThat(entry.getId()).isEqualTo("tag:localhost,2026:en/article/passive-treatments");
        assertThat(entry.getTitle()).isNotBlank();
        assertThat(entry.getSummary().getValue()).isNotBlank();
        assertThat(entry.getUpdated().toInstant()).hasToString("2022-12-05T00:00:00Z");
        assertThat(entry.getPublished()).isNotNull();
        assertThat(((Link) entry.getAlternateLinks().getFirst()).getHref())
                .endsWith("/en/low-back-pain/passive-treatments");
        assertThat(entry.getAuthors().getFirst().getName()).isEqualTo("Evidenz");
        assertThat(feed.getUpdated()).isEqualTo(entry.getUpdated());
    }

    @Test
    void aTopicHasItsOwnFeedAndUnknownOnesAreNotFound() throws Exception {
        Feed feed = parse(http.get("/en/low-back-pain/feed.atom").body());
        assertThat(feed.getTitle()).isEqualTo("Evidenz: New and updated pages: Low back pain");
        assertThat(feed.getEntries()).extracting(e -> ((Entry) e).getId())
                .containsExactly("tag:localhost,2026:en/article/passive-treatments");
        assertThat(feed.getId()).isNotEqualTo(parse(http.get("/en/feed.atom").body()).getId());

        assertThat(http.get("/en/no-such-topic/feed.atom").statusCode()).isEqualTo(404);
        assertThat(http.get("/xx/feed.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void anUpdateMovesTheEntrysUpdatedTimeAndADraftNeverAppears() throws Exception {
        User author = editorial.user("feed-author", Role.AUTHOR);
        User reviewer = editorial.user("feed-reviewer", Role.SCIENTIFIC_REVIEWER);
        User publisher = editorial.user("feed-publisher", Role.PUBLISHER);
        policies.set(EN, ARTICLE, reviewer, false, 2, author.email());
        editorial.editSummary(EN, ARTICLE, "The summary readers may see.", author);
        workflow.submit(EN, ARTICLE, author, "New summary.");
        workflow.approve(EN, ARTICLE, reviewer, null);
        assertThat(workflow.publish(EN, ARTICLE, publisher, null)).isEqualTo(PublicationKind.UPDATED);
        editorial.editSummary(EN, ARTICLE, "A draft summary nobody may read yet.", author);

        for (String path : List.of("/en/feed.atom", "/en/low-back-pain/feed.atom")) {
            String xml = http.get(path).body();
            assertThat(xml).doesNotContain("A draft summary nobody may read yet.");
            Entry entry = (Entry) parse(xml).getEntries().getFirst();
            assertThat(entry.getSummary().getValue()).isEqualTo("The summary readers may see.");
            assertThat(entry.getUpdated().toInstant()).isEqualTo(FixedClock.TODAY);
            assertThat(entry.getPublished().toInstant()).isBeforeOrEqualTo(entry.getUpdated().toInstant());
        }
    }

    @Test
    void aFeedReaderThatHasTheCurrentVersionGetsNotModified() {
        HttpResponse<String> first = http.get("/en/feed.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/en/feed.atom", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void everyReaderPageHeadLinksTheFeedsAndTopicPagesTheirTopicFeed() {
        Document home = http.page("/en/");
        assertThat(home.select("head link[rel=alternate][type=application/atom+xml]")).extracting(e -> e.attr("href"))
                .containsExactly("http://localhost:8080/en/feed.atom");
        for (String path : List.of("/en/low-back-pain", "/en/low-back-pain/passive-treatments")) {
            Document page = http.page(path);
            assertThat(page.select("head link[rel=alternate][type=application/atom+xml]"))
                    .extracting(e -> e.attr("href")).containsExactly("http://localhost:8080/en/feed.atom",
                            "http://localhost:8080/en/low-back-pain/feed.atom");
            assertThat(page.select(".subscribe-box a[href=/en/newsletter?topic=low-back-pain]")).hasSize(1);
        }
        assertThat(http.page("/en/newsletter").select("main a[type=application/atom+xml]"))
                .extracting(e -> e.attr("href")).contains("/en/feed.atom", "/en/low-back-pain/feed.atom");
    }

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    }
}

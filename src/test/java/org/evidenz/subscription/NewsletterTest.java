package org.evidenz.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.evidenz.accounts.User;
import org.evidenz.audit.AuditFilter;
import org.evidenz.audit.AuditLog;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.subscription.mail.OutboxSender;
import org.evidenz.subscription.newsletter.NewsletterAction;
import org.evidenz.subscription.subscribers.Subscriptions;
import org.evidenz.support.AuditEntries;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.FixedClock;
import org.evidenz.support.SubscriptionTest;
import org.evidenz.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

/** An author composes an issue from published articles and previews it; a publisher sends it, once. */
@SubscriptionTest
class NewsletterTest {

    @Autowired
    Editorial editorial;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    OutboxSender sender;
    @Autowired
    AuditLog audit;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    User author;
    User publisher;

    @BeforeEach
    void subscribersAndEditors() throws Exception {
        editorial.resetContent();
        Cleanup.subscriptionData(jdbc);
        greenMail.purgeEmailFromAllMailboxes();
        author = editorial.user("nl-author", Role.AUTHOR);
        publisher = editorial.user("nl-publisher", Role.PUBLISHER);
        var confirmed = subscriptions.request("letter-reader@example.org", Language.EN, Subscriptions.NEWSLETTER)
                .subscription();
        subscriptions.confirm(confirmed.id(), confirmed.confirmNonce());
        subscriptions.request("not-confirmed@example.org", Language.EN, Subscriptions.NEWSLETTER);
        var topicOnly = subscriptions.request("topic-only@example.org", Language.EN, "low-back-pain").subscription();
        subscriptions.confirm(topicOnly.id(), topicOnly.confirmNonce());
    }

    @Test
    void anAuthorComposesAndPreviewsAPublisherSendsToConfirmedNewsletterSubscribersOnce() throws Exception {
        EditorClient authorClient = new EditorClient(port).signedInAs(author.email());
        Document compose = authorClient.page("/editor/newsletter/new?lang=en&days=3650");
        assertThat(compose.select("input[name=article]")).extracting(e -> e.val()).containsExactly(
                "passive-treatments");
        HttpResponse<String> saved = authorClient.post("/editor/newsletter", List.of("lang", "en", "days", "3650",
                "subject", "News from Evidenz", "intro", "Dear readers,\n\nwhat is new. <script>x()</script>",
                "article", "passive-treatments"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String issuePath = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        Document preview = authorClient.page(issuePath);
        assertThat(preview.select(".newsletter-preview p").eachText()).contains("Dear readers,",
                "what is new. <script>x()</script>");
        assertThat(preview.select(".newsletter-preview script")).isEmpty();
        assertThat(preview.select(".newsletter-preview a[href$=/en/low-back-pain/passive-treatments]")).hasSize(1);
        assertThat(preview.select("form[action$=/send]")).as("authors do not send").isEmpty();
        assertThat(authorClient.post(issuePath + "/send", List.of()).statusCode()).isEqualTo(403);

        EditorClient publisherClient = new EditorClient(port).signedInAs(publisher.email());
        assertThat(publisherClient.page(issuePath).select("form[action$=/send] button").text())
                .isEqualTo("Send to 1 subscriber(s)");
        assertThat(publisherClient.post(issuePath + "/send", List.of()).statusCode()).isEqualTo(302);
        assertThat(publisherClient.page(issuePath).select(".notice, [role=status]").text())
                .contains("Sent to 1 subscriber(s)");
        publisherClient.post(issuePath + "/send", List.of());
        assertThat(publisherClient.page(issuePath).text()).contains("This issue was sent already.");

        assertThat(sender.sendDue(FixedClock.TODAY)).isEqualTo(1);
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("letter-reader@example.org");
        assertThat(mail.getSubject()).isEqualTo("News from Evidenz");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/en/newsletter/unsubscribe?token=");
        assertThat(TestMail.text(mail)).contains("what is new.").contains("/en/low-back-pain/passive-treatments");
        assertThat(TestMail.html(mail)).contains("&lt;script&gt;").doesNotContain("<script>");

        assertThat(AuditEntries.newest(audit, new AuditFilter(null, NewsletterAction.NEWSLETTER_SENT.name(), null,
                null, null, null)))
                .hasSize(1).first().satisfies(e -> assertThat(e.actor()).isEqualTo(publisher.email()));
        assertThat(new EditorClient(port).signedInAs(author.email()).page("/editor/newsletter").text())
                .contains("News from Evidenz").doesNotContain("letter-reader@example.org");
    }

    @Test
    void anIssueWithoutSubjectIntroOrArticlesIsRefusedAndNothingIsSaved() {
        EditorClient client = new EditorClient(port).signedInAs(author.email());
        client.page("/editor/newsletter/new?lang=en&days=3650");
        HttpResponse<String> refused = client.post("/editor/newsletter", List.of("lang", "en", "days", "3650",
                "subject", "", "intro", "Kept text"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.getElementById("subject-error").text()).isEqualTo("Enter a subject.");
        assertThat(page.getElementById("subject").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("article-error").text()).isEqualTo("Choose at least one article.");
        assertThat(page.getElementById("intro").text()).isEqualTo("Kept text");

        HttpResponse<String> draft = client.post("/editor/newsletter", List.of("lang", "en", "subject", "S",
                "intro", "I", "article", "not-published"));
        assertThat(draft.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from newsletter_issue").query(Integer.class).single()).isZero();
    }

    @Test
    void aSubjectWithALineBreakOrOtherControlCharacterIsRefusedBeforeAnythingIsSaved() {
        EditorClient client = new EditorClient(port).signedInAs(author.email());
        client.page("/editor/newsletter/new?lang=en&days=3650");
        int composedBefore = composedIssuesAudited();
        for (String subject : List.of("News\r\nBcc: everyone@example.net", "News\nX-Injected: yes", "News\rfrom us",
                "Tab\tseparated", "Null\u0000byte", "Line\u2028separator")) {
            HttpResponse<String> refused = client.post("/editor/newsletter", List.of("lang", "en", "days", "3650",
                    "subject", subject, "intro", "Dear readers,", "article", "passive-treatments"));
            assertThat(refused.statusCode()).as(subject).isEqualTo(400);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.getElementById("subject-error").text()).as(subject)
                    .isEqualTo("Write the subject on one line, without line breaks, tabs or other control characters.");
            assertThat(page.getElementById("subject").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.getElementById("intro").text()).isEqualTo("Dear readers,");
        }
        assertThat(jdbc.sql("select count(*) from newsletter_issue").query(Integer.class).single()).isZero();
        assertThat(composedIssuesAudited()).isEqualTo(composedBefore);
    }

    private int composedIssuesAudited() {
        return jdbc.sql("select count(*) from audit_event where action = ?")
                .param(NewsletterAction.NEWSLETTER_COMPOSED.name()).query(Integer.class).single();
    }
}

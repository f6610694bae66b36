package org.evidenz.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.editorial.workflow.ReviewPolicies;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.subscription.mail.OutboxSender;
import org.evidenz.subscription.subscribers.Subscriptions;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Rows;
import org.evidenz.support.SubscriptionTest;
import org.evidenz.support.TestMail;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

/**
 * The reader's whole path through a real SMTP server: subscribe to a topic → confirmation mail → its link →
 * confirmed → an update of the article is published → alert mail with one-click unsubscribe headers → the
 * one-click POST → the next update sends nothing.
 */
@SubscriptionTest
class SubscriptionFlowTest {

    private static final Language EN = Language.EN;
    private static final String ARTICLE = "passive-treatments";

    @Autowired
    Editorial editorial;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ReviewPolicies policies;
    @Autowired
    OutboxSender sender;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    User author;
    User reviewer;
    User publisher;

    @BeforeEach
    void freshContentPeopleAndMailbox() throws Exception {
        editorial.resetContent();
        Cleanup.subscriptionData(jdbc);
        greenMail.purgeEmailFromAllMailboxes();
        author = editorial.user("author", Role.AUTHOR);
        reviewer = editorial.user("reviewer", Role.SCIENTIFIC_REVIEWER);
        publisher = editorial.user("publisher", Role.PUBLISHER);
        policies.set(EN, ARTICLE, reviewer, false, 2, author.email());
    }

    @Test
    void aReaderSubscribesConfirmsGetsAnAlertAndUnsubscribesInOneClick() throws Exception {
        String address = "reader-flow@example.org";
        EditorClient reader = new EditorClient(port);
        Document form = reader.page("/en/newsletter?topic=low-back-pain");
        assertThat(form.selectFirst("input[name=topic][value=low-back-pain]").hasAttr("checked")).isTrue();

        HttpResponse<String> subscribed = reader.post("/en/newsletter",
                List.of("email", address, "topic", "low-back-pain"));
        assertThat(subscribed.statusCode()).isEqualTo(200);
        assertThat(subscribed.body()).contains("Please check your inbox").doesNotContain(address);
        assertThat(subscribed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        assertThat(sender.sendDue(FixedClock.TODAY)).isEqualTo(1);
        MimeMessage confirmation = onlyNewMail(0);
        assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo(address);
        assertThat(confirmation.getFrom()[0].toString()).isEqualTo("Evidenz <newsletter@evidenz.example>");
        assertThat(confirmation.getSubject()).isEqualTo("Please confirm: updates on Low back pain");
        assertThat(TestMail.html(confirmation)).contains("Confirm your subscription");
        String confirmLink = TestMail.links(confirmation, "/en/newsletter/confirm").getFirst();

        Document confirmPage = reader.page(confirmLink);
        HttpResponse<String> confirmed = reader.submit(confirmPage.selectFirst("form.subscribe-form"), Map.of(), null);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Subscription confirmed");

        publishUpdate("A new summary that subscribers hear about.");
        assertThat(sender.sendDue(FixedClock.TODAY)).isEqualTo(1);
        MimeMessage alert = onlyNewMail(1);
        assertThat(alert.getSubject()).startsWith("Updated: ");
        assertThat(TestMail.text(alert)).contains("A new summary that subscribers hear about.")
                .contains("/en/low-back-pain/passive-treatments");
        assertThat(alert.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String listUnsubscribe = alert.getHeader("List-Unsubscribe")[0];
        assertThat(listUnsubscribe).matches("<https?://.+/en/newsletter/unsubscribe\\?token=.+>");

        String unsubscribePath = URI.create(listUnsubscribe.substring(1, listUnsubscribe.length() - 1))
                .getRawPath() + "?" + URI.create(listUnsubscribe.substring(1, listUnsubscribe.length() - 1))
                .getRawQuery();
        HttpResponse<String> oneClick = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + unsubscribePath))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("You are unsubscribed");
        assertThat(Rows.count(jdbc, "subscriber")).isZero();

        publishUpdate("Another new summary that nobody is mailed about.");
        assertThat(sender.sendDue(FixedClock.TODAY)).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aCheckWithoutChangesSendsNoAlert() throws Exception {
        subscribeAndConfirm("reader-checked@example.org");
        workflow.submit(EN, ARTICLE, author, "Checked; nothing to change.");
        workflow.approve(EN, ARTICLE, reviewer, null);
        assertThat(workflow.publish(EN, ARTICLE, publisher, null)).isEqualTo(PublicationKind.CHECKED);

        assertThat(sender.sendDue(FixedClock.TODAY)).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1); // only the confirmation
    }

    @Test
    void aDraftNeverReachesAnAlertOnlyThePublishedVersionDoes() throws Exception {
        subscribeAndConfirm("reader-draft@example.org");
        publishUpdate("The published summary.");
        editorial.editSummary(EN, ARTICLE, "A draft summary nobody may read yet.", author);
        assertThat(sender.sendDue(FixedClock.TODAY)).isEqualTo(1);

        MimeMessage alert = onlyNewMail(1);
        assertThat(TestMail.text(alert)).contains("The published summary.")
                .doesNotContain("A draft summary nobody may read yet.");
        assertThat(TestMail.html(alert)).doesNotContain("A draft summary nobody may read yet.");
    }

    @Test
    void subscribingTwiceSendsOneConfirmationAndAConfirmedAddressGetsNoMoreMail() throws Exception {
        EditorClient reader = new EditorClient(port);
        for (int i = 0; i < 2; i++) {
            reader.page("/en/newsletter");
            assertThat(reader.post("/en/newsletter", List.of("email", "twice@example.org", "topic", "newsletter"))
                    .body()).contains("Please check your inbox");
        }
        assertThat(sender.sendDue(FixedClock.TODAY)).isEqualTo(1);
        confirm(onlyNewMail(0));

        reader.page("/en/newsletter");
        HttpResponse<String> again = reader.post("/en/newsletter",
                List.of("email", "Twice@Example.org ", "topic", "newsletter"));
        assertThat(again.body()).contains("Please check your inbox");
        assertThat(sender.sendDue(FixedClock.TODAY)).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aReaderOfTheGermanPagesIsMailedInGerman() throws Exception {
        EditorClient leser = new EditorClient(port);
        leser.page("/de/newsletter");
        assertThat(leser.post("/de/newsletter", List.of("email", "leserin@example.org", "topic", "newsletter"))
                .body()).contains("Bitte sehen Sie in Ihr Postfach");
        assertThat(sender.sendDue(FixedClock.TODAY)).isEqualTo(1);
        MimeMessage mail = onlyNewMail(0);
        assertThat(mail.getSubject()).isEqualTo("Bitte bestätigen: Newsletter von Evidenz");
        assertThat(TestMail.text(mail)).contains("Abonnement bestätigen").contains("/de/newsletter/confirm?token=");
        assertThat(TestMail.html(mail)).contains("lang=\"de\"");
        Document page = leser.page(TestMail.links(mail, "/de/newsletter/confirm").getFirst());
        assertThat(leser.submit(page.selectFirst("form.subscribe-form"), Map.of(), null).body())
                .contains("Abonnement bestätigt");
    }

    private void subscribeAndConfirm(String address) throws Exception {
        EditorClient reader = new EditorClient(port);
        reader.page("/en/newsletter");
        reader.post("/en/newsletter", List.of("email", address, "topic", "low-back-pain"));
        assertThat(sender.sendDue(FixedClock.TODAY)).isEqualTo(1);
        confirm(onlyNewMail(0));
    }

    private void confirm(MimeMessage confirmation) {
        EditorClient reader = new EditorClient(port);
        Document page = reader.page(TestMail.links(confirmation, "/newsletter/confirm").getFirst());
        assertThat(reader.submit(page.selectFirst("form.subscribe-form"), Map.of(), null).body())
                .contains("Subscription confirmed");
    }

    private MimeMessage onlyNewMail(int before) {
        assertThat(greenMail.waitForIncomingEmail(5000, before + 1)).isTrue();
        MimeMessage[] all = greenMail.getReceivedMessages();
        assertThat(all).hasSize(before + 1);
        return all[before];
    }

    private void publishUpdate(String summary) {
        editorial.editSummary(EN, ARTICLE, summary, author);
        workflow.submit(EN, ARTICLE, author, "New summary.");
        workflow.approve(EN, ARTICLE, reviewer, null);
        assertThat(workflow.publish(EN, ARTICLE, publisher, null)).isEqualTo(PublicationKind.UPDATED);
    }
}

package org.evidenz.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.evidenz.shared.Language;
import org.evidenz.subscription.keys.SubscriptionKeys;
import org.evidenz.subscription.subscribers.MailLinks;
import org.evidenz.subscription.subscribers.Subscriptions;
import org.evidenz.support.EditorClient;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Rows;
import org.evidenz.support.SubscriptionTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every kind of bad input gets a clear message next to its field, keeps what was typed and stores nothing. */
@SubscriptionTest
class SubscriptionValidationTest {

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    MailLinks links;
    @Autowired
    SubscriptionKeys keys;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    EditorClient reader;

    @BeforeEach
    void noSubscribersAndAFreshSession() {
        Cleanup.subscriptionData(jdbc);
        reader = new EditorClient(port);
        reader.page("/en/newsletter");
    }

    @Test
    void aMissingAddressIsRefusedNextToTheField() {
        Document page = refused(List.of("topic", "newsletter"));
        assertFieldError(page, "email", "Enter your e-mail address.");
    }

    @Test
    void anInvalidAddressIsRefusedAndWhatWasTypedIsKept() {
        Document page = refused(List.of("email", "not an address", "topic", "newsletter"));
        assertFieldError(page, "email", "Enter an e-mail address like name@example.org.");
        assertThat(page.getElementById("email").val()).isEqualTo("not an address");
    }

    @Test
    void scriptTagsAreRefusedAndNeverEchoedAsMarkup() {
        String typed = "<script>alert(1)</script>@example.org";
        HttpResponse<String> response = reader.post("/en/newsletter", List.of("email", typed, "topic", "newsletter"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
        Document page = Jsoup.parse(response.body());
        assertFieldError(page, "email", "Enter an e-mail address like name@example.org.");
        assertThat(page.getElementById("email").val()).isEqualTo(typed);
        assertNothingStored();
    }

    @Test
    void aMissingOrUnknownChoiceIsRefused() {
        Document missing = refused(List.of("email", "choice@example.org"));
        assertThat(missing.getElementById("topic-error").text()).isEqualTo("Choose what you would like to receive.");
        Document unknown = refused(List.of("email", "choice@example.org", "topic", "no-such-topic"));
        assertThat(unknown.getElementById("topic-error").text()).isEqualTo("Choose one of the offers listed here.");
    }

    @Test
    void aSubscribeFormWithoutItsTokenOrWithAnAlteredOneIsRefusedWithTheAddressKept() {
        String good = reader.page("/en/newsletter").selectFirst("input[name=_csrf]").val();
        String altered = good.substring(0, good.length() - 2) + (good.endsWith("AA") ? "BB" : "AA");
        String otherLanguage = new EditorClient(port).page("/de/newsletter").selectFirst("input[name=_csrf]").val();
        String forged = "0123456789abcdef0123456789abcdef.1.AAAA";
        for (String token : new String[] {null, "", altered, otherLanguage, forged}) {
            List<String> form = new java.util.ArrayList<>(List.of("email", "untokened@example.org", "topic",
                    "newsletter"));
            if (token != null) {
                form.addAll(List.of("_csrf", token));
            }
            HttpResponse<String> response = new EditorClient(port).postWithoutToken("/en/newsletter", form);

            assertThat(response.statusCode()).as(String.valueOf(token)).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("[role=alert]").text()).contains("could not be checked");
            assertThat(page.getElementById("email").val()).isEqualTo("untokened@example.org");
            assertThat(page.selectFirst("input[name=_csrf]").val()).isNotBlank().isNotEqualTo(token);
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertNothingStored();
    }

    @Test
    void aSubscribeFormFromOurOwnPageIsAcceptedWithoutACookie() {
        HttpResponse<String> response = reader.post("/en/newsletter", List.of("email", "own-page@example.org",
                "topic", "newsletter"), "Origin", reader.origin(), "Sec-Fetch-Site", "same-origin");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Please check your inbox");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Rows.count(jdbc, "subscription")).isEqualTo(1);
    }

    @Test
    void aSubscribeOrConfirmFormFromAnotherSiteIsRefusedEvenWithValidTokensAndChangesNothing() {
        var pending = subscriptions.request("victim@example.org", Language.EN, Subscriptions.NEWSLETTER)
                .subscription();
        String confirm = links.confirmToken(pending.id(), pending.confirmNonce());
        for (String[] headers : new String[][] {{"Origin", "https://evil.example"},
                {"Referer", "https://evil.example/"}, {"Sec-Fetch-Site", "cross-site"}}) {
            HttpResponse<String> subscribe = reader.post("/de/newsletter", List.of("email", "forged@example.org",
                    "topic", "newsletter"), headers);
            HttpResponse<String> confirmed = reader.post("/en/newsletter/confirm", List.of("token", confirm),
                    headers);

            assertThat(subscribe.statusCode()).as(headers[0]).isEqualTo(403);
            assertThat(Jsoup.parse(subscribe.body()).selectFirst("h1").text())
                    .isEqualTo("Dieses Formular kam nicht von unserer Website");
            assertThat(confirmed.statusCode()).as(headers[0]).isEqualTo(403);
            assertThat(Jsoup.parse(confirmed.body()).selectFirst("h1").text())
                    .isEqualTo("This form was not sent from our site");
            assertThat(subscribe.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(subscriptions.find(pending.id()).orElseThrow().confirmed()).isFalse();
        assertThat(Rows.count(jdbc, "subscription")).isEqualTo(1);
        assertThat(Rows.count(jdbc, "mail_outbox")).isZero();
    }

    @Test
    void aForgedOrAlteredConfirmationLinkIsRefused() {
        var pending = subscriptions.request("forged-link@example.org", Language.EN, Subscriptions.NEWSLETTER)
                .subscription();
        String good = links.confirmToken(pending.id(), pending.confirmNonce());
        // Change a character inside the signature: the last one of Base64 text also holds unused bits, so changing
        // only those would leave the signature the same.
        int at = good.length() - 6;
        String altered = good.substring(0, at) + (good.charAt(at) == 'A' ? 'B' : 'A') + good.substring(at + 1);
        for (String token : List.of("garbage", altered, signed("c|" + pending.id() + "|guessed|9999999999"))) {
            HttpResponse<String> response = reader.get("/en/newsletter/confirm?token=" + token);
            assertThat(response.statusCode()).as(token).isEqualTo(400);
            assertThat(response.body()).containsAnyOf("This link is incomplete or was changed",
                    "has already been used or is no longer valid");
        }
        assertThat(reader.post("/en/newsletter/confirm", List.of("token", altered)).statusCode()).isEqualTo(400);
        assertThat(subscriptions.find(pending.id()).orElseThrow().confirmed()).isFalse();
    }

    @Test
    void anExpiredConfirmationLinkIsRefused() {
        var pending = subscriptions.request("expired@example.org", Language.EN, Subscriptions.NEWSLETTER)
                .subscription();
        long yesterday = FixedClock.TODAY.minusSeconds(86_400).getEpochSecond();
        String expired = signed("c|" + pending.id() + "|" + pending.confirmNonce() + "|" + yesterday);
        HttpResponse<String> page = reader.get("/en/newsletter/confirm?token=" + expired);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("This confirmation link has expired.");
        HttpResponse<String> post = reader.post("/en/newsletter/confirm", List.of("token", expired));
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(subscriptions.find(pending.id()).orElseThrow().confirmed()).isFalse();
    }

    @Test
    void aConfirmationLinkWorksOnceAReplayIsRefused() {
        var pending = subscriptions.request("replay@example.org", Language.EN, Subscriptions.NEWSLETTER)
                .subscription();
        String token = links.confirmToken(pending.id(), pending.confirmNonce());
        reader.page("/en/newsletter/confirm?token=" + token);
        assertThat(reader.post("/en/newsletter/confirm", List.of("token", token)).body())
                .contains("Subscription confirmed");

        HttpResponse<String> again = reader.post("/en/newsletter/confirm", List.of("token", token));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("This confirmation link has already been used");
        assertThat(reader.get("/en/newsletter/confirm?token=" + token).statusCode()).isEqualTo(400);
    }

    @Test
    void unsubscribingIsIdempotentAndAForgedUnsubscribeLinkChangesNothing() {
        var pending = subscriptions.request("leaving@example.org", Language.EN, Subscriptions.NEWSLETTER)
                .subscription();
        subscriptions.confirm(pending.id(), pending.confirmNonce());
        HttpResponse<String> forged = reader.post("/en/newsletter/unsubscribe",
                List.of("token", signed("c|" + pending.id()) + "x"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("This link is incomplete or was changed");
        assertThat(Rows.count(jdbc, "subscription")).isEqualTo(1);

        Document page = reader.page("/en/newsletter/unsubscribe?token=" + links.unsubscribeToken(pending.id()));
        assertThat(page.selectFirst("main form button").text()).isEqualTo("Unsubscribe");
        assertThat(Rows.count(jdbc, "subscription")).as("a GET unsubscribes nothing (mail programs prefetch links)")
                .isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> done = reader.post("/en/newsletter/unsubscribe",
                    List.of("token", links.unsubscribeToken(pending.id())));
            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(done.body()).contains("You are unsubscribed");
        }
        assertThat(Rows.count(jdbc, "subscription")).isZero();
        assertThat(Rows.count(jdbc, "subscriber")).isZero();
    }

    @Test
    void subscriptionsLeftUnconfirmedPastTheWindowAreDeletedWithTheirAddress() {
        var stale = subscriptions.request("stale@example.org", Language.EN, Subscriptions.NEWSLETTER).subscription();
        var kept = subscriptions.request("kept@example.org", Language.EN, Subscriptions.NEWSLETTER).subscription();
        subscriptions.confirm(kept.id(), kept.confirmNonce());
        var fresh = subscriptions.request("fresh@example.org", Language.EN, Subscriptions.NEWSLETTER).subscription();
        jdbc.sql("update subscription set requested_at = ? where id in (?, ?)")
                .params(java.sql.Timestamp.from(FixedClock.TODAY.minus(java.time.Duration.ofDays(8))), stale.id(),
                        kept.id())
                .update();

        assertThat(subscriptions.deleteExpiredPending()).isEqualTo(1);
        assertThat(subscriptions.find(stale.id())).isEmpty();
        assertThat(subscriptions.find(kept.id())).isPresent();
        assertThat(subscriptions.find(fresh.id())).isPresent();
        assertThat(Rows.count(jdbc, "subscriber")).isEqualTo(2);
    }

    @Test
    void formAndLinkPagesAreNeverStoredByCaches() {
        var pending = subscriptions.request("cache@example.org", Language.EN, Subscriptions.NEWSLETTER)
                .subscription();
        for (String path : List.of("/en/newsletter", "/de/newsletter",
                "/en/newsletter/confirm?token=" + links.confirmToken(pending.id(), pending.confirmNonce()),
                "/en/newsletter/unsubscribe?token=" + links.unsubscribeToken(pending.id()))) {
            assertThat(reader.get(path).headers().firstValue("Cache-Control").orElse("")).as(path)
                    .contains("no-store");
        }
    }

    @Test
    void theNewsletterPageAndItsMessagesSpeakGerman() {
        EditorClient leser = new EditorClient(port);
        Document page = leser.page("/de/newsletter");
        assertThat(page.select("h1").text()).isEqualTo("Newsletter und Benachrichtigungen");
        assertThat(page.select("main").text()).doesNotContain("Subscribe", "e-mail address", "newsletter page");
        HttpResponse<String> refused = leser.post("/de/newsletter", List.of("email", "kaputt", "topic",
                "newsletter"));
        assertThat(Jsoup.parse(refused.body()).getElementById("email-error").text())
                .isEqualTo("Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.");
        assertThat(leser.get("/de/newsletter/confirm?token=kaputt").body())
                .contains("Dieser Link funktioniert nicht");
        assertNothingStored();
    }

    @Test
    void theLinkAndMessagePagesAreValidHtml() throws Exception {
        var pending = subscriptions.request("valid-html@example.org", Language.EN, Subscriptions.NEWSLETTER)
                .subscription();
        List<HttpResponse<String>> pages = List.of(
                reader.get("/en/newsletter/confirm?token=" + links.confirmToken(pending.id(), pending.confirmNonce())),
                reader.get("/en/newsletter/confirm?token=broken"),
                reader.get("/de/newsletter/unsubscribe?token=" + links.unsubscribeToken(pending.id())),
                reader.post("/en/newsletter", List.of("email", "x", "topic", "newsletter")),
                reader.post("/en/newsletter", List.of("email", "valid-html-2@example.org", "topic", "newsletter")));
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.JSON);
        for (HttpResponse<String> page : pages) {
            String report = validator.validate(new java.io.ByteArrayInputStream(
                    page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            List<java.util.Map<String, Object>> problems = com.jayway.jsonpath.JsonPath
                    .<List<java.util.Map<String, Object>>>read(report, "$.messages[*]").stream()
                    .filter(m -> "error".equals(m.get("type")) || "warning".equals(m.get("subType")))
                    .toList();
            assertThat(problems).as(page.uri().toString()).isEmpty();
        }
    }

    private Document refused(List<String> form) {
        HttpResponse<String> response = reader.post("/en/newsletter", form);
        assertThat(response.statusCode()).isEqualTo(400);
        assertNothingStored();
        return Jsoup.parse(response.body());
    }

    /** A token signed with the links key, whatever it says: what only someone holding the secret could make. */
    private String signed(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(
                keys.links().mac(payload));
    }

    private void assertFieldError(Document page, String field, String message) {
        Element input = page.getElementById(field);
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(input.attr("aria-describedby")).text()).isEqualTo(message);
    }

    private void assertNothingStored() {
        assertThat(Rows.count(jdbc, "subscription")).isZero();
        assertThat(Rows.count(jdbc, "subscriber")).isZero();
        assertThat(Rows.count(jdbc, "mail_outbox")).isZero();
    }
}

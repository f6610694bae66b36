package org.evidenz.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.evidenz.shared.Language;
import org.evidenz.subscription.mail.OutboxSender;
import org.evidenz.subscription.subscribers.Subscriptions;
import org.evidenz.support.MovableClock;
import org.evidenz.support.Rows;
import org.evidenz.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;

import nu.validator.client.EmbeddedValidator;

/**
 * The subscribe form cannot be used to flood inboxes or to fill the database: sign-ups are limited per client and
 * per mail domain and hour (the default settings), pending subscriptions are capped per domain and in total (small
 * caps here), and the refusal is the same whatever the address's state. Readers are different loopback addresses;
 * mails are counted on a real SMTP server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:signup-limits;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/signup-limits", "evidenz.jobs.enabled=false",
        "evidenz.mail.from=Evidenz <newsletter@evidenz.example>",
        "evidenz.subscription.max-pending=40", "evidenz.subscription.max-pending-per-domain=25"})
@Import({MovableClock.AsTheApplicationClock.class, TestMail.class})
class SignupLimitsTest {

    private static final String NEWSLETTER = "newsletter";

    @Autowired
    MovableClock clock;
    @Autowired
    SubscriptionProperties properties;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    OutboxSender sender;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void aNewDayWithoutSubscribersOrMail() throws Exception {
        clock.advance(Duration.ofDays(1)); // every client's and domain's allowance is full again
        Cleanup.subscriptionData(jdbc);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void oneClientSigningUpTwentyAddressesIsMailedOnlyAsOftenAsTheLimitAllows() throws Exception {
        ReaderAt reader = new ReaderAt(port, 2, "en");
        int allowed = properties.signupsPerHour();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            answers.add(reader.subscribe("someone-" + i + "@domain-" + i + ".example", NEWSLETTER));
        }

        assertThat(answers.subList(0, allowed)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("Please check your inbox");
        });
        assertThat(answers.subList(allowed, 20)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(429));
        HttpResponse<String> refused = answers.get(allowed);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(refused.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("[role=alert]").text())
                .contains("You have asked for several subscriptions in a short time", "minutes", "is kept");
        assertThat(page.getElementById("email").val()).isEqualTo("someone-" + (allowed + 1) + "@domain-"
                + (allowed + 1) + ".example");
        assertThat(page.selectFirst("input[name=topic][value=newsletter]").hasAttr("checked")).isTrue();
        assertValidHtml(refused);

        assertThat(sender.sendDue(clock.instant())).isEqualTo(allowed);
        assertThat(greenMail.waitForIncomingEmail(5000, allowed)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(allowed);
        assertThat(greenMail.getReceivedMessages()[0].getFrom()[0].toString())
                .as("the From address set under its earlier name, evidenz.mail.from")
                .isEqualTo("Evidenz <newsletter@evidenz.example>");
        assertThat(Rows.count(jdbc, "subscription")).isEqualTo(allowed);

        assertThat(new ReaderAt(port, 3, "en").subscribe("someone-else@domain-x.example", NEWSLETTER).statusCode())
                .as("another client is not held up").isEqualTo(200);
        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(reader.subscribe("someone-21@domain-21.example", "low-back-pain").statusCode())
                .as("after Retry-After").isEqualTo(200);
    }

    @Test
    void aLimitedClientIsAnsweredTheSameWhetherOrNotTheAddressIsSubscribed() {
        var known = subscriptions.request("known@example.org", Language.EN, Subscriptions.NEWSLETTER).subscription();
        subscriptions.confirm(known.id(), known.confirmNonce());
        subscriptions.request("waiting@example.org", Language.EN, Subscriptions.NEWSLETTER);
        ReaderAt reader = new ReaderAt(port, 4, "en");
        for (int i = 0; i < properties.signupsPerHour(); i++) {
            HttpResponse<String> answer = reader.subscribe("known@example.org", NEWSLETTER);
            assertThat(answer.statusCode()).as("an address that gets no mail uses the allowance too").isEqualTo(200);
        }

        List<HttpResponse<String>> refused = new ArrayList<>();
        for (String address : List.of("known@example.org", "waiting@example.org", "new-reader@example.org")) {
            refused.add(reader.subscribe(address, NEWSLETTER));
        }

        assertThat(refused).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(429));
        assertThat(refused).extracting(answer -> answer.headers().firstValue("Retry-After").orElseThrow())
                .containsOnly(refused.getFirst().headers().firstValue("Retry-After").orElseThrow());
        assertThat(List.of(withoutAddressAndToken(refused.get(0), "known@example.org"),
                withoutAddressAndToken(refused.get(1), "waiting@example.org"))).containsOnly(
                        withoutAddressAndToken(refused.get(2), "new-reader@example.org"));
        assertThat(sender.sendDue(clock.instant())).isZero();
    }

    @Test
    void mistypedAddressesDoNotUseUpTheAllowance() {
        ReaderAt reader = new ReaderAt(port, 5, "en");
        for (String typo : List.of("reader@", "reader example.org", "reader@example")) {
            assertThat(reader.subscribe(typo, NEWSLETTER).statusCode()).isEqualTo(400);
        }
        for (int i = 0; i < properties.signupsPerHour(); i++) {
            assertThat(reader.subscribe("reader-" + i + "@example.org", NEWSLETTER).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void manyClientsSigningUpAddressesAtOneDomainAreLimitedForThatDomain() {
        int perDomain = properties.signupsPerDomainPerHour();
        int accepted = 0;
        for (int client = 10; accepted < perDomain; client++) {
            ReaderAt reader = new ReaderAt(port, client, "en");
            for (int i = 0; i < properties.signupsPerHour() && accepted < perDomain; i++, accepted++) {
                assertThat(reader.subscribe("member-" + accepted + "@target.example", NEWSLETTER).statusCode())
                        .isEqualTo(200);
            }
        }

        ReaderAt another = new ReaderAt(port, 40, "en");
        HttpResponse<String> refused = another.subscribe("one-more@target.example", NEWSLETTER);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(refused.body()).selectFirst("[role=alert]").text())
                .contains("a great many sign-ups at the moment");
        assertThat(another.subscribe("someone@Target.EXAMPLE", NEWSLETTER).statusCode()).as("same domain")
                .isEqualTo(429);
        assertThat(another.subscribe("someone@other.example", NEWSLETTER).statusCode()).as("another domain")
                .isEqualTo(200);

        assertThat(sender.sendDue(clock.instant())).isEqualTo(perDomain + 1);
        assertThat(greenMail.waitForIncomingEmail(5000, perDomain + 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(perDomain + 1);
    }

    @Test
    void pendingSubscriptionsAreCappedPerDomainAndInTotalAndMakeRoomWhenTheyExpire() {
        var known = subscriptions.request("known@crowded.example", Language.EN, Subscriptions.NEWSLETTER)
                .subscription();
        subscriptions.confirm(known.id(), known.confirmNonce());
        for (int i = 0; i < properties.maxPendingPerDomain(); i++) {
            subscriptions.request("waiting-" + i + "@crowded.example", Language.EN, Subscriptions.NEWSLETTER);
        }

        ReaderAt reader = new ReaderAt(port, 50, "en");
        HttpResponse<String> newAddress = reader.subscribe("new@crowded.example", NEWSLETTER);
        HttpResponse<String> knownAddress = reader.subscribe("known@crowded.example", NEWSLETTER);
        for (HttpResponse<String> refused : List.of(newAddress, knownAddress)) {
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(Jsoup.parse(refused.body()).selectFirst("[role=alert]").text())
                    .contains("Too many sign-ups are waiting for confirmation", "hours");
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, properties.confirmWindow().toSeconds());
        }
        assertThat(withoutAddressAndToken(newAddress, "new@crowded.example"))
                .isEqualTo(withoutAddressAndToken(knownAddress, "known@crowded.example"));
        assertThat(reader.subscribe("someone@elsewhere.example", NEWSLETTER).statusCode()).as("another domain")
                .isEqualTo(200);

        for (int i = 0; pending() < properties.maxPending(); i++) {
            subscriptions.request("filler-" + i + "@filler-" + i % 10 + ".example", Language.EN,
                    Subscriptions.NEWSLETTER);
        }
        assertThat(new ReaderAt(port, 51, "en").subscribe("fresh@quiet.example", NEWSLETTER).statusCode())
                .as("the total cap").isEqualTo(429);

        clock.advance(properties.confirmWindow().plusMinutes(1)); // expired, whether or not the hourly job ran
        ReaderAt later = new ReaderAt(port, 52, "en");
        assertThat(later.subscribe("fresh@quiet.example", NEWSLETTER).statusCode()).isEqualTo(200);
        assertThat(later.subscribe("new@crowded.example", NEWSLETTER).statusCode()).isEqualTo(200);
        assertThat(sender.sendDue(clock.instant())).isEqualTo(3);
        assertThat(greenMail.waitForIncomingEmail(5000, 3)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void theRefusalSpeaksTheReadersLanguage() {
        ReaderAt leser = new ReaderAt(port, 60, "de");
        for (int i = 0; i < properties.signupsPerHour(); i++) {
            assertThat(leser.subscribe("leser-" + i + "@beispiel.example", NEWSLETTER).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = leser.subscribe("noch-einer@beispiel.example", NEWSLETTER);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(refused.body()).selectFirst("[role=alert]").text())
                .contains("Sie haben in kurzer Zeit mehrere Abonnements angefordert", "Minuten");
    }

    private int pending() {
        return jdbc.sql("select count(*) from subscription where status = 'PENDING'").query(Integer.class).single();
    }

    /** The page's main content, with the typed address and the (per-response) CSRF token taken out. */
    private static String withoutAddressAndToken(HttpResponse<String> response, String address) {
        Document page = Jsoup.parse(response.body());
        page.select("input[name=_csrf]").remove();
        return page.selectFirst("main").html().replace(address, "ADDRESS");
    }

    private static void assertValidHtml(HttpResponse<String> page) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8)));
        List<Map<String, Object>> problems = JsonPath.<List<Map<String, Object>>>read(report, "$.messages[*]")
                .stream().filter(m -> "error".equals(m.get("type")) || "warning".equals(m.get("subType"))).toList();
        assertThat(problems).isEmpty();
    }
}

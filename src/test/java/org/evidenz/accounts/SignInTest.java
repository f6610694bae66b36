package org.evidenz.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;

import org.evidenz.audit.AuditFilter;
import org.evidenz.audit.AuditLog;
import org.evidenz.shell.Role;
import org.evidenz.support.AuditEntries;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.FixedClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in and out, throttling of guessing, and sessions that end when an administrator takes access away.
 * <p>
 * All tests sign in from the same client address on a fixed clock, and the throttle pauses an address after
 * {@code 20} failures: these tests together fail fewer than that (now 14).
 */
@EditorialTest
class SignInTest {

    private static final String NOT_RIGHT = "The e-mail address or the password is not right.";

    @Autowired
    Editorial editorial;
    @Autowired
    AuditLog audit;
    @Autowired
    Accounts accounts;
    @Autowired
    Users users;
    @Autowired
    PasswordEncoder encoder;
    @LocalServerPort
    int port;

    @Test
    void aWrongPasswordIsAnsweredUnauthorizedWithTheFormThatKeepsTheAddressAndIsAudited() {
        User user = editorial.user("wrong-password", Role.AUTHOR);
        EditorClient client = new EditorClient(port);
        HttpResponse<String> response = client.signIn(user.email(), "not the password");
        assertThat(response.statusCode()).isEqualTo(401);
        Document form = Jsoup.parse(response.body());
        assertThat(form.select("[role=alert]").text()).isEqualTo(NOT_RIGHT);
        assertThat(form.select("input[name=email]").val()).isEqualTo(user.email());
        assertThat(form.select("input[name=password]").val()).isEmpty();
        assertThat(audit.count(new AuditFilter(user.email(), AccountAction.LOGIN_FAILED.name(), null, null, null,
                null)))
                .isEqualTo(1);
    }

    @Test
    void anUnknownAddressGetsTheSameMessageAsAWrongPassword() {
        EditorClient client = new EditorClient(port);
        HttpResponse<String> response = client.signIn("nobody-here@test.evidenz.example", "whatever it is");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(response.body()).select("[role=alert]").text()).isEqualTo(NOT_RIGHT);
    }

    @Test
    void whatIsTypedAsTheAddressOfNoAccountIsAuditedAsAnUnknownAccount() {
        String typed = "my-secret-password-typed-in-the-wrong-field";
        new EditorClient(port).signIn(typed, "whatever it is");
        assertThat(audit.count(new AuditFilter(typed, null, null, null, null, null))).isZero();
        assertThat(AuditEntries.newest(audit, new AuditFilter("unknown account", AccountAction.LOGIN_FAILED.name(),
                null, null, null, null)))
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.details()).doesNotContain(typed));
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        User user = editorial.user("guessed", Role.AUTHOR);
        EditorClient client = new EditorClient(port);
        for (int i = 0; i < 5; i++) {
            client.signIn(user.email(), "guess number " + i);
        }
        HttpResponse<String> right = client.signIn(user.email(), Editorial.PASSWORD);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(right.body()).select("[role=alert]").text())
                .startsWith("Too many failed sign-ins.").contains("paused until 09:15 UTC");
        assertThat(client.get("/editor").statusCode()).isEqualTo(302);
        assertThat(audit.count(new AuditFilter(user.email(), AccountAction.LOGIN_LOCKED.name(), null, null, null,
                null)))
                .isEqualTo(1);
    }

    @Test
    void signingInOpensTheDashboardAndSigningOutEndsTheSession() {
        User user = editorial.user("in-and-out", Role.AUTHOR);
        EditorClient client = new EditorClient(port);
        HttpResponse<String> response = client.signIn(user.email(), Editorial.PASSWORD);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/editor"));
        Document dashboard = client.page("/editor");
        assertThat(dashboard.select("h1").text()).isEqualTo("Dashboard");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly"));
        assertThat(audit.count(new AuditFilter(user.email(), AccountAction.LOGIN.name(), null, null, null,
                null))).isEqualTo(1);

        client.post("/editor/logout", List.of());
        assertThat(client.get("/editor").statusCode()).isEqualTo(302);
    }

    @Test
    void takingARoleAwayEndsThePersonsSessionAtOnce() {
        User admin = editorial.user("session-admin", Role.ADMIN);
        User user = editorial.user("losing-role", Role.AUTHOR, Role.PUBLISHER);
        EditorClient client = new EditorClient(port).signedInAs(user.email());
        assertThat(client.get("/editor/content").statusCode()).isEqualTo(200);

        accounts.setRoles(user.id(), EnumSet.of(Role.PUBLISHER), admin);

        assertThat(client.get("/editor/content").statusCode()).isEqualTo(302);
        assertThat(audit.count(new AuditFilter(admin.email(), AccountAction.ROLES_CHANGED.name(), null, null, null,
                null)))
                .isEqualTo(1);
    }

    @Test
    void aDisabledAccountIsAnsweredLikeAWrongPasswordAndCountsTowardsThePause() {
        User admin = editorial.user("disabling-admin", Role.ADMIN);
        User user = editorial.user("disabled", Role.AUTHOR);
        accounts.setEnabled(user.id(), false, admin);
        EditorClient client = new EditorClient(port);

        HttpResponse<String> first = client.signIn(user.email(), Editorial.PASSWORD);
        assertThat(first.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(first.body()).select("[role=alert]").text()).isEqualTo(NOT_RIGHT);
        for (int i = 1; i < 5; i++) {
            client.signIn(user.email(), Editorial.PASSWORD);
        }
        assertThat(Jsoup.parse(client.signIn(user.email(), Editorial.PASSWORD).body()).select("[role=alert]").text())
                .startsWith("Too many failed sign-ins.");
    }

    @Test
    void aVeryLongAddressIsRefusedWithAMessageNextToTheAddressField() {
        String typed = "a".repeat(400) + "@test.evidenz.example";
        HttpResponse<String> response = new EditorClient(port).signIn(typed, "whatever it is");
        assertThat(response.statusCode()).isEqualTo(401);
        Document form = Jsoup.parse(response.body());
        Element email = form.selectFirst("input[name=email]");
        assertThat(email.val()).isEqualTo(typed);
        assertThat(email.attr("aria-invalid")).isEqualTo("true");
        assertThat(form.getElementById(email.attr("aria-describedby")).text())
                .contains("at most 320 characters");
    }

    @Test
    void anAccountWithAnAddressOfMoreThanAHundredCharactersCanSignIn() {
        String email = "long-" + "x".repeat(120) + "@test.evidenz.example";
        users.create(email, "Long address", encoder.encode(Editorial.PASSWORD), EnumSet.of(Role.AUTHOR),
                FixedClock.TODAY);
        EditorClient client = new EditorClient(port);
        HttpResponse<String> response = client.signIn(email, Editorial.PASSWORD);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/editor"));
        assertThat(client.get("/editor").statusCode()).isEqualTo(200);
    }
}

package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;

import org.evidenz.editorial.AuditAction;
import org.evidenz.editorial.accounts.Accounts;
import org.evidenz.editorial.accounts.User;
import org.evidenz.editorial.audit.AuditFilter;
import org.evidenz.editorial.audit.AuditLog;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out, throttling of guessing, and sessions that end when an administrator takes access away. */
@EditorialTest
class SignInTest {

    @Autowired
    Editorial editorial;
    @Autowired
    AuditLog audit;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    @Test
    void aWrongPasswordGetsAMessageThatKeepsTheAddressAndIsAudited() {
        User user = editorial.user("wrong-password", Role.AUTHOR);
        EditorClient client = new EditorClient(port);
        HttpResponse<String> response = client.signIn(user.email(), "not the password");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
        Document form = client.page("/editor/login?error");
        assertThat(form.select("[role=alert]").text()).isEqualTo("The e-mail address or the password is not right.");
        assertThat(form.select("input[name=email]").val()).isEqualTo(user.email());
        assertThat(form.select("input[name=password]").val()).isEmpty();
        assertThat(audit.count(new AuditFilter(user.email(), AuditAction.LOGIN_FAILED, null, null, null, null)))
                .isEqualTo(1);
    }

    @Test
    void anUnknownAddressGetsTheSameMessageAsAWrongPassword() {
        EditorClient client = new EditorClient(port);
        client.signIn("nobody-here@test.evidenz.example", "whatever it is");
        assertThat(client.page("/editor/login?error").select("[role=alert]").text())
                .isEqualTo("The e-mail address or the password is not right.");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        User user = editorial.user("guessed", Role.AUTHOR);
        EditorClient client = new EditorClient(port);
        for (int i = 0; i < 5; i++) {
            client.signIn(user.email(), "guess number " + i);
        }
        HttpResponse<String> right = client.signIn(user.email(), Editorial.PASSWORD);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
        assertThat(client.page("/editor/login?error").select("[role=alert]").text())
                .startsWith("Too many failed sign-ins.").contains("paused until 09:15 UTC");
        assertThat(client.get("/editor").statusCode()).isEqualTo(302);
        assertThat(audit.count(new AuditFilter(user.email(), AuditAction.LOGIN_LOCKED, null, null, null, null)))
                .isEqualTo(1);
    }

    @Test
    void signingInOpensTheDashboardAndSigningOutEndsTheSession() {
        User user = editorial.user("in-and-out", Role.AUTHOR);
        EditorClient client = new EditorClient(port);
        HttpResponse<String> response = client.signIn(user.email(), Editorial.PASSWORD);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/editor"));
        Document dashboard = client.page("/editor");
        assertThat(dashboard.select("h1").text()).isEqualTo("Dashboard");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly"));
        assertThat(audit.count(new AuditFilter(user.email(), AuditAction.LOGIN, null, null, null, null))).isEqualTo(1);

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
        assertThat(audit.count(new AuditFilter(admin.email(), AuditAction.ROLES_CHANGED, null, null, null, null)))
                .isEqualTo(1);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        User admin = editorial.user("disabling-admin", Role.ADMIN);
        User user = editorial.user("disabled", Role.AUTHOR);
        accounts.setEnabled(user.id(), false, admin);
        EditorClient client = new EditorClient(port);
        client.signIn(user.email(), Editorial.PASSWORD);
        assertThat(client.page("/editor/login?error").select("[role=alert]").text()).contains("disabled");
    }

    @Test
    void anAdministratorCreatesAnAccountAndATooShortPasswordIsRefusedKeepingTheForm() {
        User admin = editorial.user("creating-admin", Role.ADMIN);
        EditorClient client = new EditorClient(port).signedInAs(admin.email());
        client.page("/editor/users");
        HttpResponse<String> refused = client.post("/editor/users", List.of("email", "new-person@test.evidenz.example",
                "displayName", "New Person", "password", "short", "roles", "AUTHOR"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("[role=alert]").text()).contains("at least 12 characters");
        assertThat(page.select("input[name=email]").val()).isEqualTo("new-person@test.evidenz.example");
        assertThat(page.select("input[name=roles][value=AUTHOR]").hasAttr("checked")).isTrue();

        HttpResponse<String> created = client.post("/editor/users", List.of("email", "new-person@test.evidenz.example",
                "displayName", "New Person", "password", "a long enough password", "roles", "AUTHOR"));
        assertThat(created.statusCode()).isEqualTo(302);
        EditorClient newcomer = new EditorClient(port);
        assertThat(newcomer.signIn("new-person@test.evidenz.example", "a long enough password").headers()
                .firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/editor"));
    }
}

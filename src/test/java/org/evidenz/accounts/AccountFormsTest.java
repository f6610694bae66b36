package org.evidenz.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.evidenz.audit.AuditFilter;
import org.evidenz.audit.AuditLog;
import org.evidenz.shell.Notifications;
import org.evidenz.shell.Role;
import org.evidenz.support.AuditEntries;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The account forms: creating accounts, setting and changing passwords, granting roles. A refused form answers 422
 * with the reason next to its field, keeps what was typed except passwords, and changes nothing.
 */
@EditorialTest
class AccountFormsTest {

    /** 70 characters, 75 bytes in UTF-8: within a limit counted in characters, over bcrypt's 72 bytes. */
    private static final String OVER_72_BYTES = "Grüße aus Köln, über die Brücke und zurück ans Ufer vom Rhein heute!!!";
    private static final String NEW_PASSWORD = "violet lantern under quiet rivers";

    @Autowired
    Editorial editorial;
    @Autowired
    Users users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;
    @Autowired
    Notifications notifications;
    @LocalServerPort
    int port;

    @Test
    void anAdministratorCreatesAnAccountAndATooShortPasswordIsRefusedNextToTheFieldKeepingTheForm() {
        EditorClient admin = admin("creating-admin");
        HttpResponse<String> refused = admin.post("/editor/users", List.of("email", "new-person@test.evidenz.example",
                "displayName", "New Person", "password", "short", "roles", "AUTHOR"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(problemOf(page, "new-password")).contains("at least 12 characters");
        assertThat(page.select("input[name=email]").val()).isEqualTo("new-person@test.evidenz.example");
        assertThat(page.select("input[name=displayName]").val()).isEqualTo("New Person");
        assertThat(page.select("#new-password").val()).isEmpty();
        assertThat(page.select("input[name=roles][value=AUTHOR]").last().hasAttr("checked")).isTrue();
        assertThat(users.findByEmail("new-person@test.evidenz.example")).isEmpty();

        HttpResponse<String> created = admin.post("/editor/users", List.of("email", "new-person@test.evidenz.example",
                "displayName", "New Person", "password", "a long enough password", "roles", "AUTHOR"));
        assertThat(created.statusCode()).isEqualTo(302);
        EditorClient newcomer = new EditorClient(port);
        assertThat(newcomer.signIn("new-person@test.evidenz.example", "a long enough password").headers()
                .firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/editor"));
    }

    @Test
    void aPasswordOfMoreThanSeventyTwoBytesIsRefusedWhenAnAccountIsCreated() {
        assertThat(OVER_72_BYTES.length()).isLessThanOrEqualTo(72);
        assertThat(OVER_72_BYTES.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        HttpResponse<String> refused = admin("bytes-admin").post("/editor/users", List.of(
                "email", "long-password@test.evidenz.example", "password", OVER_72_BYTES, "roles", "AUTHOR"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(problemOf(Jsoup.parse(refused.body()), "new-password")).contains("72 bytes");
        assertThat(users.findByEmail("long-password@test.evidenz.example")).isEmpty();
    }

    @Test
    void aPasswordOfMoreThanSeventyTwoBytesIsRefusedWhenSomeoneChangesTheirOwn() {
        User user = editorial.user("own-long-password", Role.AUTHOR);
        EditorClient client = new EditorClient(port).signedInAs(user.email());
        HttpResponse<String> refused = client.post("/editor/account/password", List.of("current", Editorial.PASSWORD,
                "password", OVER_72_BYTES, "repeat", OVER_72_BYTES));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(problemOf(page, "password")).contains("72 bytes");
        assertThat(page.select("input[type=password]")).allSatisfy(input -> assertThat(input.val()).isEmpty());
        assertThat(encoder.matches(Editorial.PASSWORD, users.findByEmail(user.email()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void aPasswordOfMoreThanSeventyTwoBytesIsRefusedWhenAnAdministratorSetsOne() {
        User user = editorial.user("set-long-password", Role.AUTHOR);
        HttpResponse<String> refused = admin("setting-admin").post("/editor/users/" + user.id() + "/password",
                List.of("password", OVER_72_BYTES));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(problemOf(Jsoup.parse(refused.body()), "pw-" + user.id())).contains("72 bytes");
        assertThat(encoder.matches(Editorial.PASSWORD, users.findByEmail(user.email()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void aCommonPasswordIsRefusedWhenAnAccountIsCreatedAndWhenSomeoneChangesTheirOwn() {
        HttpResponse<String> created = admin("weak-admin").post("/editor/users", List.of(
                "email", "weak@test.evidenz.example", "password", "aaaaaaaaaaaa", "roles", "AUTHOR"));
        assertThat(created.statusCode()).isEqualTo(422);
        assertThat(problemOf(Jsoup.parse(created.body()), "new-password")).contains("too easy to guess");
        assertThat(users.findByEmail("weak@test.evidenz.example")).isEmpty();

        User user = editorial.user("weak-change", Role.AUTHOR);
        HttpResponse<String> changed = new EditorClient(port).signedInAs(user.email()).post("/editor/account/password",
                List.of("current", Editorial.PASSWORD, "password", "password1234", "repeat", "password1234"));
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(problemOf(Jsoup.parse(changed.body()), "password")).contains("too easy to guess");
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsButKeepsThisOne() {
        User user = editorial.user("two-sessions", Role.AUTHOR);
        EditorClient laptop = new EditorClient(port).signedInAs(user.email());
        EditorClient phone = new EditorClient(port).signedInAs(user.email());

        HttpResponse<String> changed = laptop.post("/editor/account/password", List.of("current", Editorial.PASSWORD,
                "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(laptop.get("/editor").statusCode()).isEqualTo(200);
        assertThat(phone.get("/editor").statusCode()).isEqualTo(302);
        assertThat(audit.count(new AuditFilter(user.email(), AccountAction.PASSWORD_CHANGED.name(), null, null,
                null, null)))
                .isEqualTo(1);
    }

    @Test
    void anAddressTooLongForAnAccountIsRefusedNextToTheAddressField() {
        String email = "x".repeat(400) + "@test.evidenz.example";
        HttpResponse<String> refused = admin("long-address-admin").post("/editor/users", List.of("email", email,
                "password", NEW_PASSWORD, "roles", "AUTHOR"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(problemOf(page, "new-email")).contains("at most 320 characters");
        assertThat(page.select("#new-email").val()).isEqualTo(email);
    }

    @Test
    void anAdministratorCannotGrantThemselvesAccessToReaderFeedback() {
        User admin = editorial.user("self-granting-admin", Role.ADMIN);
        EditorClient client = new EditorClient(port).signedInAs(admin.email());
        client.page("/editor/users");
        HttpResponse<String> refused = client.post("/editor/users/" + admin.id() + "/roles",
                List.of("roles", "ADMIN", "roles", "FEEDBACK_OFFICER"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(problemOf(Jsoup.parse(refused.body()), "roles-" + admin.id())).contains("another administrator");
        assertThat(users.findByEmail(admin.email()).orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void grantingAccessToReaderFeedbackIsAuditedAndEveryAdministratorIsNotified() {
        User granting = editorial.user("granting-admin", Role.ADMIN);
        User colleague = editorial.user("colleague-admin", Role.ADMIN);
        User officer = editorial.user("new-officer", Role.AUTHOR);
        EditorClient client = new EditorClient(port).signedInAs(granting.email());
        client.page("/editor/users");

        HttpResponse<String> granted = client.post("/editor/users/" + officer.id() + "/roles",
                List.of("roles", "AUTHOR", "roles", "FEEDBACK_OFFICER"));

        assertThat(granted.statusCode()).isEqualTo(302);
        assertThat(users.findByEmail(officer.email()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.AUTHOR, Role.FEEDBACK_OFFICER);
        assertThat(AuditEntries.newest(audit, new AuditFilter(granting.email(),
                AccountAction.FEEDBACK_ACCESS_GRANTED.name(), null, null, null,
                null))).singleElement().satisfies(entry -> assertThat(entry.details()).contains(officer.email()));
        for (User admin : List.of(granting, colleague)) {
            assertThat(notifications.unread(admin.email())).anySatisfy(notification -> assertThat(
                    notification.message()).contains(granting.email()).contains(officer.email()));
        }
        assertThat(new EditorClient(port).signedInAs(colleague.email()).page("/editor").text())
                .contains(officer.email());
    }

    private EditorClient admin(String name) {
        User admin = editorial.user(name, Role.ADMIN);
        EditorClient client = new EditorClient(port).signedInAs(admin.email());
        client.page("/editor/users");
        return client;
    }

    /** The problem shown next to the field with this id, found as assistive technology finds it. */
    private static String problemOf(Document page, String fieldId) {
        Element field = page.getElementById(fieldId);
        assertThat(field).as("field " + fieldId).isNotNull();
        if (field.tagName().equals("input")) {
            assertThat(field.attr("aria-invalid")).as("aria-invalid of " + fieldId).isEqualTo("true");
        }
        Element problem = page.getElementById(field.attr("aria-describedby").split(" ")[0]);
        assertThat(problem).as("description of " + fieldId).isNotNull();
        return problem.text();
    }
}

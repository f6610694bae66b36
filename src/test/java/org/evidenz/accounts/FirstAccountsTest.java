package org.evidenz.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.EvidenzApplication;
import org.evidenz.shell.Role;
import org.evidenz.support.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A fresh installation: the first administrator from the environment, and demo accounts with printed passwords. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-accounts;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/first-accounts", "evidenz.jobs.enabled=false",
        "evidenz.admin.email=Head.Of.Content@Example.org", "evidenz.admin.password=a secret from the environment",
        "evidenz.demo-accounts=true"})
@Import(FixedClock.class)
@ExtendWith(OutputCaptureExtension.class)
class FirstAccountsTest {

    @Autowired
    Users users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void theAdministratorFromTheEnvironmentCanSignInAndItsPasswordIsStoredOnlyAsAHash() {
        User admin = users.findByEmail("head.of.content@example.org").orElseThrow();
        assertThat(admin.has(Role.ADMIN)).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain("a secret");
        assertThat(encoder.matches("a secret from the environment", admin.passwordHash())).isTrue();
    }

    @Test
    void demoModeCreatesOneAccountPerRoleWhosePrintedPasswordWorks(CapturedOutput output) {
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase().replace('_', '-') + "@demo.evidenz.example";
            User user = users.findByEmail(email).orElseThrow();
            assertThat(user.roles()).containsExactly(role);
        }
        // The output of the start is captured only when this class starts the context; the store is checked always.
        Matcher printed = Pattern.compile("author@demo\\.evidenz\\.example\\s+(\\S+)").matcher(output.getAll());
        if (printed.find()) {
            assertThat(encoder.matches(printed.group(1),
                    users.findByEmail("author@demo.evidenz.example").orElseThrow().passwordHash())).isTrue();
        }
    }

    @Test
    void aCommonAdministratorPasswordInTheEnvironmentStopsTheStartWithAMessageInsteadOfAStackTrace(
            CapturedOutput output) {
        assertThatThrownBy(() -> startWithAdministratorPassword("weak", "password1234")).isNotNull();
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("EVIDENZ_ADMIN_PASSWORD")
                .contains("too easy to guess").doesNotContain("\tat org.evidenz");
    }

    @Test
    void anAdministratorPasswordOfMoreThanSeventyTwoBytesStopsTheStartWithAMessage(CapturedOutput output) {
        assertThatThrownBy(() -> startWithAdministratorPassword("long",
                "Grüße aus Köln, über die Brücke und zurück ans Ufer vom Rhein heute!!!")).isNotNull();
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("72 bytes")
                .doesNotContain("\tat org.evidenz");
    }

    /** As command-line arguments, which win over application.properties (default properties would not). */
    private static void startWithAdministratorPassword(String name, String password) {
        new SpringApplicationBuilder(EvidenzApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:first-admin-" + name
                        + ";DB_CLOSE_DELAY=-1", "--evidenz.data-dir=target/test-data/first-admin-" + name,
                        "--evidenz.jobs.enabled=false", "--evidenz.bundle.load-demo=false",
                        "--evidenz.admin.email=admin@example.org", "--evidenz.admin.password=" + password)
                .close();
    }
}

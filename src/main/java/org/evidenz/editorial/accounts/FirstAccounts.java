package org.evidenz.editorial.accounts;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.evidenz.editorial.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts a fresh installation starts with. There is no default password anywhere: the first administrator
 * comes from {@code EVIDENZ_ADMIN_EMAIL} and {@code EVIDENZ_ADMIN_PASSWORD} when no administrator exists, and demo
 * mode ({@code evidenz.demo-accounts=true}) creates one account per role with a generated password that is printed
 * once and stored only as a hash.
 */
@Component
@Order(1)
class FirstAccounts implements ApplicationRunner {

    static final String DEMO_DOMAIN = "demo.evidenz.example";
    private static final Logger log = LoggerFactory.getLogger(FirstAccounts.class);

    private final Users users;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final String adminEmail;
    private final String adminPassword;
    private final boolean demoAccounts;

    FirstAccounts(Users users, Accounts accounts, TransactionTemplate transactions,
            @Value("${evidenz.admin.email:}") String adminEmail,
            @Value("${evidenz.admin.password:}") String adminPassword,
            @Value("${evidenz.demo-accounts:false}") boolean demoAccounts) {
        this.users = users;
        this.accounts = accounts;
        this.transactions = transactions;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            createAdminFromEnvironment();
            if (demoAccounts) {
                createDemoAccounts();
            }
        });
        if (!users.anyAdmin()) {
            log.warn("There is no administrator account. Set EVIDENZ_ADMIN_EMAIL and EVIDENZ_ADMIN_PASSWORD (at least "
                    + "{} characters) and restart to create one, or start in demo mode (see README).",
                    PasswordPolicy.MIN_LENGTH);
        }
    }

    private void createAdminFromEnvironment() {
        if (adminEmail.isBlank() || users.anyAdmin()) {
            return;
        }
        String problem = PasswordPolicy.problem(adminPassword, adminEmail);
        if (problem != null) {
            throw new IllegalStateException("EVIDENZ_ADMIN_PASSWORD is not acceptable: " + problem);
        }
        if (users.findByEmail(adminEmail).isPresent()) {
            throw new IllegalStateException("EVIDENZ_ADMIN_EMAIL names an existing account that is not an enabled "
                    + "administrator; change it in the database or choose another address.");
        }
        accounts.createUnchecked(Users.normalise(adminEmail), "Administrator", adminPassword, EnumSet.of(Role.ADMIN),
                "environment");
        log.info("Created the administrator account {} from EVIDENZ_ADMIN_EMAIL", Users.normalise(adminEmail));
    }

    private void createDemoAccounts() {
        Map<String, String> created = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase().replace('_', '-') + "@" + DEMO_DOMAIN;
            if (users.findByEmail(email).isEmpty()) {
                String password = PasswordPolicy.generate();
                accounts.createUnchecked(email, "Demo " + role.name().toLowerCase().replace('_', ' '), password,
                        Set.of(role), "demo-mode");
                created.put(email, password);
            }
        }
        if (!created.isEmpty()) {
            StringBuilder text = new StringBuilder("\n\n  Demo accounts (passwords are shown only this once):\n");
            created.forEach((email, password) -> text.append(String.format("    %-48s %s%n", email, password)));
            text.append("  Sign in at /editor/login\n");
            log.warn(text.toString());
        }
    }
}

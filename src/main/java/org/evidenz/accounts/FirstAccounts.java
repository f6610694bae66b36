package org.evidenz.accounts;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.evidenz.shared.FirstStartLock;
import org.evidenz.shell.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final FirstStartLock firstStart;
    private final String adminEmail;
    private final String adminPassword;
    private final boolean demoAccounts;

    FirstAccounts(Users users, Accounts accounts, TransactionTemplate transactions, AccountsProperties properties,
            FirstStartLock firstStart) {
        this.firstStart = firstStart;
        this.users = users;
        this.accounts = accounts;
        this.transactions = transactions;
        this.adminEmail = properties.admin().email();
        this.adminPassword = properties.admin().password();
        this.demoAccounts = properties.demoAccounts();
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            firstStart.hold(); // a node started at the same moment checks for the accounts after this one's commit
            createAdminFromEnvironment();
            if (demoAccounts) {
                createDemoAccounts();
            }
        });
        if (!users.anyAdmin()) {
            log.warn("There is no administrator account. Set EVIDENZ_ADMIN_EMAIL and EVIDENZ_ADMIN_PASSWORD (at least "
                    + "{} characters, at most {} bytes, not easy to guess) and restart to create one, or start in "
                    + "demo mode (see README).", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES);
        }
    }

    private void createAdminFromEnvironment() {
        if (adminEmail.isBlank() || users.anyAdmin()) {
            return;
        }
        String email;
        try {
            email = Accounts.checkedEmail(adminEmail);
        } catch (AccountException e) {
            throw new FirstAdministratorRefused("EVIDENZ_ADMIN_EMAIL is not acceptable: " + e.getMessage(),
                    "Set EVIDENZ_ADMIN_EMAIL to the administrator's e-mail address and start again.");
        }
        String problem = PasswordPolicy.problem(adminPassword, email, "Administrator");
        if (problem != null) {
            throw new FirstAdministratorRefused("EVIDENZ_ADMIN_PASSWORD is not acceptable: " + problem,
                    "Set EVIDENZ_ADMIN_PASSWORD to a password of at least " + PasswordPolicy.MIN_LENGTH
                            + " characters and at most " + PasswordPolicy.MAX_BYTES + " bytes that is not easy to "
                            + "guess (a few unrelated words will do), and start again.");
        }
        if (users.findByEmail(email).isPresent()) {
            throw new FirstAdministratorRefused("EVIDENZ_ADMIN_EMAIL names an existing account that is not an "
                    + "enabled administrator.", "Change that account in the database, or choose another address "
                    + "for EVIDENZ_ADMIN_EMAIL, and start again.");
        }
        accounts.createUnchecked(email, "Administrator", adminPassword, EnumSet.of(Role.ADMIN), "environment");
        log.info("Created the administrator account {} from EVIDENZ_ADMIN_EMAIL", email);
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

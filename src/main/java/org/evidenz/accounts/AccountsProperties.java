package org.evidenz.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the accounts a fresh installation starts with, under {@code evidenz.*}.
 *
 * @param admin the first administrator ({@code evidenz.admin.*}, in production from {@code EVIDENZ_ADMIN_EMAIL} and
 *        {@code EVIDENZ_ADMIN_PASSWORD}), created when there is none
 * @param demoAccounts one account per role with a generated password printed once ({@code evidenz.demo-accounts},
 *        on in the {@code demo} profile)
 */
@ConfigurationProperties("evidenz")
public record AccountsProperties(@DefaultValue Admin admin, @DefaultValue("false") boolean demoAccounts) {

    /** The first administrator's address and password; empty when none is to be created. */
    public record Admin(@DefaultValue("") String email, @DefaultValue("") String password) {
    }
}

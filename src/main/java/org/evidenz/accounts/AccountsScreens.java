package org.evidenz.accounts;

import org.evidenz.shell.EditorAccessRules;
import org.evidenz.shell.EditorMenuEntry;
import org.evidenz.shell.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What accounts add to the editor: the administrators' Accounts screen. One's own account ({@code /editor/account})
 * is linked from the shell's header and open to everyone signed in.
 */
@Configuration(proxyBeanMethods = false)
class AccountsScreens {

    @Bean
    EditorMenuEntry accountsMenu() {
        return EditorMenuEntry.forRoles(70, "Accounts", "/editor/users", "users", Role.ADMIN);
    }

    @Bean
    EditorAccessRules accountsAccess() {
        return paths -> paths.requestMatchers("/editor/users", "/editor/users/**").hasRole(Role.ADMIN.name());
    }
}

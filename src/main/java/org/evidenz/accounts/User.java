package org.evidenz.accounts;

import java.time.Instant;
import java.util.Set;

import org.evidenz.shell.Role;
import org.evidenz.shell.SignedIn;

/** An editorial account. Identified by e-mail address; the password is stored only as a hash. */
public record User(long id, String email, String displayName, String passwordHash, boolean enabled, Set<Role> roles,
        Instant createdAt, Instant passwordChangedAt) {

    public User {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The account as the editor shell shows it. */
    public SignedIn signedIn() {
        return new SignedIn(email, displayName, roles);
    }
}

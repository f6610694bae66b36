package org.evidenz.shell;

import java.util.Set;

/** Who is signed in to the editor: address, name and roles, as read afresh for the request. */
public record SignedIn(String email, String displayName, Set<Role> roles) {

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

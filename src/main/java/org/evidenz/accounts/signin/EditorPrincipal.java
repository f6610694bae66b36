package org.evidenz.accounts.signin;

import java.util.Collection;
import java.util.List;

import org.evidenz.accounts.User;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in editor as Spring Security sees them: e-mail address, password hash and one authority per role. */
record EditorPrincipal(String email, String passwordHash, boolean enabled, List<String> roles)
        implements UserDetails {

    static EditorPrincipal of(User user) {
        return new EditorPrincipal(user.email(), user.passwordHash(), user.enabled(),
                user.roles().stream().map(r -> r.authority()).sorted().toList());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}

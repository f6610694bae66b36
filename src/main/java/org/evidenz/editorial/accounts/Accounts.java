package org.evidenz.editorial.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.evidenz.editorial.AuditAction;
import org.evidenz.editorial.Role;
import org.evidenz.editorial.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing accounts: administrators create them, grant roles, set passwords and disable them; everyone changes
 * their own password. Every change is audited. Taking roles away or disabling an account ends that person's
 * sessions on every node, so that it takes effect at once.
 */
@Service
@Transactional
public class Accounts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Users users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final Clock clock;

    Accounts(Users users, PasswordEncoder encoder, AuditLog audit,
            FindByIndexNameSessionRepository<? extends Session> sessions, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<User> all() {
        return users.findAll();
    }

    @Transactional(readOnly = true)
    public User byId(long id) {
        return users.findAll().stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new AccountException("There is no such account."));
    }

    public User create(String email, String displayName, String password, Set<Role> roles, User actor) {
        requireAdmin(actor);
        String normalised = Users.normalise(email);
        if (!EMAIL.matcher(normalised).matches() || normalised.length() > 320) {
            throw new AccountException("Please enter a valid e-mail address.");
        }
        if (users.findByEmail(normalised).isPresent()) {
            throw new AccountException("An account with the e-mail address " + normalised + " exists already.");
        }
        String name = displayName == null || displayName.isBlank() ? normalised : displayName.strip();
        if (name.length() > 200) {
            throw new AccountException("The name must have at most 200 characters.");
        }
        requireValid(password, normalised);
        if (roles.isEmpty()) {
            throw new AccountException("Choose at least one role.");
        }
        return createUnchecked(normalised, name, password, roles, actor.email());
    }

    /** For the start-up bootstrap of the first administrator and demo accounts: no acting administrator yet. */
    User createUnchecked(String email, String displayName, String password, Set<Role> roles, String actor) {
        Instant now = clock.instant();
        User user = users.create(email, displayName, encoder.encode(password), roles, now);
        audit.record(now, actor, AuditAction.USER_CREATED, null, null, user.email() + " with roles " + roles);
        return user;
    }

    public void setRoles(long userId, Set<Role> roles, User actor) {
        requireAdmin(actor);
        User user = byId(userId);
        if (user.id() == actor.id() && user.has(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new AccountException("You cannot take the ADMIN role from yourself; another administrator can.");
        }
        users.setRoles(userId, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
        audit.record(clock.instant(), actor.email(), AuditAction.ROLES_CHANGED, null, null,
                user.email() + ": " + sorted(user.roles()) + " → " + sorted(roles));
        if (!roles.containsAll(user.roles())) {
            endSessions(user.email());
        }
    }

    public void setPassword(long userId, String password, User actor) {
        requireAdmin(actor);
        User user = byId(userId);
        requireValid(password, user.email());
        users.setPassword(userId, encoder.encode(password), clock.instant());
        audit.record(clock.instant(), actor.email(), AuditAction.PASSWORD_SET, null, null, user.email());
        endSessions(user.email());
    }

    public void setEnabled(long userId, boolean enabled, User actor) {
        requireAdmin(actor);
        User user = byId(userId);
        if (user.id() == actor.id() && !enabled) {
            throw new AccountException("You cannot disable your own account.");
        }
        users.setEnabled(userId, enabled);
        audit.record(clock.instant(), actor.email(), enabled ? AuditAction.ACCOUNT_ENABLED
                : AuditAction.ACCOUNT_DISABLED, null, null, user.email());
        if (!enabled) {
            endSessions(user.email());
        }
    }

    public void changeOwnPassword(User actor, String current, String password) {
        User user = users.findByEmail(actor.email()).orElseThrow();
        if (current == null || !encoder.matches(current, user.passwordHash())) {
            throw new AccountException("Your current password is not right.");
        }
        requireValid(password, user.email());
        users.setPassword(user.id(), encoder.encode(password), clock.instant());
        audit.record(clock.instant(), actor.email(), AuditAction.PASSWORD_CHANGED, null, null, null);
    }

    private void endSessions(String email) {
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
    }

    private static void requireValid(String password, String email) {
        String problem = PasswordPolicy.problem(password, email);
        if (problem != null) {
            throw new AccountException(problem);
        }
    }

    private static void requireAdmin(User actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("Managing accounts needs the role ADMIN.");
        }
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}

package org.evidenz.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.evidenz.audit.AuditLog;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing accounts: administrators create them, grant roles, set passwords and disable them; everyone changes
 * their own password. Every change is audited, and every input is checked before anything is written.
 * <ul>
 * <li>Taking roles away or disabling an account ends that person's sessions on every node, so that it takes effect
 * at once; a new password ends every other session of the account.</li>
 * <li>There is always an enabled administrator: the last one can neither lose the role nor be disabled.</li>
 * <li>Reader feedback is confidential health information: no administrator grants themselves the role
 * FEEDBACK_OFFICER, and every administrator is told whenever someone is given access to it (ADR 14).</li>
 * </ul>
 */
@Service
@Transactional
public class Accounts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Users users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final FeedbackAccessNotices feedbackAccess;
    private final Clock clock;

    Accounts(Users users, PasswordEncoder encoder, AuditLog audit,
            FindByIndexNameSessionRepository<? extends Session> sessions, FeedbackAccessNotices feedbackAccess,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.feedbackAccess = feedbackAccess;
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
        String normalised = checkedEmail(email);
        if (users.findByEmail(normalised).isPresent()) {
            throw new AccountException("email", "An account with the e-mail address " + normalised
                    + " exists already.");
        }
        String name = displayName == null || displayName.isBlank() ? normalised : displayName.strip();
        if (name.length() > Users.MAX_NAME_LENGTH) {
            throw new AccountException("displayName", "The name must have at most " + Users.MAX_NAME_LENGTH
                    + " characters; this one has " + name.length() + ".");
        }
        requireValid(password, normalised, name);
        if (roles.isEmpty()) {
            throw new AccountException("roles", "Choose at least one role.");
        }
        User user = createUnchecked(normalised, name, password, roles, actor.email());
        if (user.has(Role.FEEDBACK_OFFICER)) {
            feedbackAccessGranted(user, actor, "created the account " + user.email() + " with the role "
                    + Role.FEEDBACK_OFFICER.name());
        }
        return user;
    }

    /**
     * The address, normalised, if an account may have it.
     *
     * @throws AccountException for the field {@code email} when it may not
     */
    static String checkedEmail(String email) {
        String normalised = Users.normalise(email);
        if (normalised.length() > Users.MAX_EMAIL_LENGTH) {
            throw new AccountException("email", "An e-mail address has at most " + Users.MAX_EMAIL_LENGTH
                    + " characters; this one has " + normalised.length() + ".");
        }
        if (!EMAIL.matcher(normalised).matches()) {
            throw new AccountException("email", "Please enter a valid e-mail address, such as name@example.org.");
        }
        return normalised;
    }

    /** For the start-up bootstrap of the first administrator and demo accounts: no acting administrator yet. */
    User createUnchecked(String email, String displayName, String password, Set<Role> roles, String actor) {
        Instant now = clock.instant();
        User user = users.create(email, displayName, encoder.encode(password), roles, now);
        audit.record(now, actor, AccountAction.USER_CREATED, null, null, user.email() + " with roles " + sorted(roles));
        return user;
    }

    public void setRoles(long userId, Set<Role> roles, User actor) {
        requireAdmin(actor);
        users.lockAdministrators();
        User user = byId(userId);
        Set<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        boolean losesAdmin = user.has(Role.ADMIN) && !wanted.contains(Role.ADMIN);
        boolean gainsFeedback = wanted.contains(Role.FEEDBACK_OFFICER) && !user.has(Role.FEEDBACK_OFFICER);
        if (user.id() == actor.id() && losesAdmin) {
            throw new AccountException("roles", "You cannot take the ADMIN role from yourself; another "
                    + "administrator can.");
        }
        if (user.id() == actor.id() && gainsFeedback) {
            throw new AccountException("roles", "Reader feedback is confidential health information, so another "
                    + "administrator must grant you the role " + Role.FEEDBACK_OFFICER.name() + ".");
        }
        if (losesAdmin && user.enabled()) {
            requireAnotherAdministrator(user, "roles");
        }
        users.setRoles(userId, wanted);
        audit.record(clock.instant(), actor.email(), AccountAction.ROLES_CHANGED, null, null,
                user.email() + ": " + sorted(user.roles()) + " → " + sorted(wanted));
        if (gainsFeedback) {
            feedbackAccessGranted(user, actor, "granted " + user.email() + " the role "
                    + Role.FEEDBACK_OFFICER.name());
        }
        if (!wanted.containsAll(user.roles())) {
            endSessions(user.email(), null);
        }
    }

    /**
     * An administrator sets someone's password; that person's sessions end, except {@code keepSession} when
     * administrators set their own.
     */
    public void setPassword(long userId, String password, User actor, String keepSession) {
        requireAdmin(actor);
        User user = byId(userId);
        requireValid(password, user.email(), user.displayName());
        users.setPassword(userId, encoder.encode(password), clock.instant());
        audit.record(clock.instant(), actor.email(), AccountAction.PASSWORD_SET, null, null, user.email());
        endSessions(user.email(), user.id() == actor.id() ? keepSession : null);
        if (user.has(Role.FEEDBACK_OFFICER) && user.id() != actor.id()) {
            // Whoever knows the password can read the feedback: the other administrators should know.
            feedbackAccess.tellAdministrators(user.email(), actor.email(), "set the password of " + user.email()
                    + ", who holds the role " + Role.FEEDBACK_OFFICER.name(), clock.instant());
        }
    }

    public void setEnabled(long userId, boolean enabled, User actor) {
        requireAdmin(actor);
        users.lockAdministrators();
        User user = byId(userId);
        if (user.id() == actor.id() && !enabled) {
            throw new AccountException("enabled", "You cannot disable your own account.");
        }
        if (!enabled && user.enabled() && user.has(Role.ADMIN)) {
            requireAnotherAdministrator(user, "enabled");
        }
        users.setEnabled(userId, enabled);
        audit.record(clock.instant(), actor.email(), enabled ? AccountAction.ACCOUNT_ENABLED
                : AccountAction.ACCOUNT_DISABLED, null, null, user.email());
        if (!enabled) {
            endSessions(user.email(), null);
        }
    }

    /** Someone changes their own password; their other sessions end, {@code keepSession} (this one) stays. */
    public void changeOwnPassword(User actor, String current, String password, String repeat, String keepSession) {
        User user = users.findByEmail(actor.email()).orElseThrow();
        if (current == null || PasswordPolicy.tooLong(current) || !encoder.matches(current, user.passwordHash())) {
            throw new AccountException("current", "Your current password is not right.");
        }
        requireValid(password, user.email(), user.displayName());
        if (!password.equals(repeat)) {
            throw new AccountException("repeat", "The two new passwords are not the same.");
        }
        users.setPassword(user.id(), encoder.encode(password), clock.instant());
        audit.record(clock.instant(), actor.email(), AccountAction.PASSWORD_CHANGED, null, null, null);
        endSessions(user.email(), keepSession);
    }

    private void requireAnotherAdministrator(User user, String field) {
        if (users.enabledAdministrators().stream().noneMatch(id -> id != user.id())) {
            throw new AccountException(field, user.email() + " is the last enabled administrator. Make someone "
                    + "else an administrator first: without one, nobody can manage accounts.");
        }
    }

    private void feedbackAccessGranted(User user, User actor, String what) {
        Instant now = clock.instant();
        audit.record(now, actor.email(), AccountAction.FEEDBACK_ACCESS_GRANTED, null, null, user.email());
        feedbackAccess.tellAdministrators(user.email(), actor.email(), what, now);
    }

    private void endSessions(String email, String keepSession) {
        sessions.findByPrincipalName(email).keySet().stream().filter(id -> !id.equals(keepSession))
                .forEach(sessions::deleteById);
    }

    private static void requireValid(String password, String email, String name) {
        String problem = PasswordPolicy.problem(password, email, name);
        if (problem != null) {
            throw new AccountException("password", problem);
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

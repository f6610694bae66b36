package org.evidenz.accounts.signin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.evidenz.accounts.AccountAction;
import org.evidenz.accounts.PasswordPolicy;
import org.evidenz.accounts.Users;
import org.evidenz.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs editors in against their accounts, with throttling of guessing, and records every sign-in and failed
 * attempt in the audit log. The answers never tell whether an account exists: a disabled account is refused like a
 * wrong password, only once the password has been checked, and counts towards the pause like any failure. What
 * was typed as the address of no account is audited as {@value #UNKNOWN_ACCOUNT}, since it may be a password typed
 * into the wrong field.
 * <p>
 * Deliberately not an {@link AuthenticationProvider} bean: Spring Security would also register such a bean with the
 * global authentication manager, which the editor's chain asks again after a failure, counting every failure twice.
 */
@Component
public class EditorAuthentication {

    /** The actor of audit entries about sign-ins to no existing account. */
    public static final String UNKNOWN_ACCOUNT = "unknown account";
    private static final String NOT_RIGHT = "The e-mail address or the password is not right.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private final Users users;
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    EditorAuthentication(Users users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.users = users;
        this.passwords = new DaoAuthenticationProvider(email -> users.findByEmail(email).map(EditorPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no account")));
        this.passwords.setPasswordEncoder(encoder);
        // The password first, then whether the account may sign in: otherwise "disabled" would tell a guesser
        // without the password that the account exists.
        this.passwords.setPreAuthenticationChecks(user -> {
        });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account disabled");
            }
        });
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** The provider for the editor's security chain. */
    public AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                return EditorAuthentication.this.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = Users.normalise(authentication.getName());
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        boolean tooLong = email.length() > Users.MAX_EMAIL_LENGTH;
        String actor = !tooLong && users.findByEmail(email).isPresent() ? email : UNKNOWN_ACCOUNT;
        var lockedUntil = throttle.lockedUntil(email, client);
        if (lockedUntil.isPresent()) {
            audit.recordAlone(clock.instant(), actor, AccountAction.LOGIN_LOCKED, "from " + client);
            throw locked(lockedUntil.get());
        }
        String refusal = tooLong ? "address too long; " : tooLongPassword(authentication) ? "password too long; " : "";
        if (refusal.isEmpty()) {
            try {
                Authentication result = passwords.authenticate(authentication);
                throttle.recordSuccess(email);
                audit.recordAlone(clock.instant(), email, AccountAction.LOGIN, "from " + client);
                return result;
            } catch (DisabledException e) {
                refusal = "account disabled; ";
            } catch (BadCredentialsException e) {
                // A wrong password or no such account: the same answer either way.
            }
        }
        boolean nowLocked = throttle.recordFailure(email, client);
        audit.recordAlone(clock.instant(), actor, AccountAction.LOGIN_FAILED, refusal + "from " + client);
        if (nowLocked) {
            throw locked(throttle.lockedUntil(email, client).orElse(clock.instant()));
        }
        if (tooLong) {
            throw new AddressTooLongException("An e-mail address has at most " + Users.MAX_EMAIL_LENGTH
                    + " characters; this one has " + email.length() + ".");
        }
        throw new BadCredentialsException(NOT_RIGHT);
    }

    /** bcrypt would compare only the first 72 bytes, and no password that long can be set. */
    private static boolean tooLongPassword(Authentication authentication) {
        return authentication.getCredentials() instanceof String password && PasswordPolicy.tooLong(password);
    }

    private static LockedException locked(Instant until) {
        return new LockedException("Too many failed sign-ins. For your protection, signing in is paused until "
                + TIME.format(until) + ". If you have forgotten your password, ask an administrator to set a new one.");
    }

    /** A sign-in refused because what was typed as the address is longer than any account's can be. */
    public static class AddressTooLongException extends BadCredentialsException {

        AddressTooLongException(String message) {
            super(message);
        }
    }
}

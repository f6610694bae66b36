package org.evidenz.editorial.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.evidenz.editorial.AuditAction;
import org.evidenz.editorial.audit.AuditLog;
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
 * attempt in the audit log. The messages never tell whether an account exists.
 * <p>
 * Deliberately not an {@link AuthenticationProvider} bean: Spring Security would also register such a bean with the
 * global authentication manager, which the editor's chain asks again after a failure, counting every failure twice.
 */
@Component
public class EditorAuthentication {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    EditorAuthentication(Users users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(email -> users.findByEmail(email).map(EditorPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no account")));
        this.passwords.setPasswordEncoder(encoder);
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
        var lockedUntil = throttle.lockedUntil(email, client);
        if (lockedUntil.isPresent()) {
            audit.recordAlone(clock.instant(), email, AuditAction.LOGIN_LOCKED, "from " + client);
            throw locked(lockedUntil.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(email);
            audit.recordAlone(clock.instant(), email, AuditAction.LOGIN, "from " + client);
            return result;
        } catch (DisabledException e) {
            audit.recordAlone(clock.instant(), email, AuditAction.LOGIN_FAILED, "account disabled; from " + client);
            throw new DisabledException("This account is disabled. Ask an administrator to enable it.");
        } catch (BadCredentialsException e) {
            boolean nowLocked = throttle.recordFailure(email, client);
            audit.recordAlone(clock.instant(), email, AuditAction.LOGIN_FAILED, "from " + client);
            if (nowLocked) {
                throw locked(throttle.lockedUntil(email, client).orElse(clock.instant()));
            }
            throw new BadCredentialsException("The e-mail address or the password is not right.");
        }
    }

    private static LockedException locked(Instant until) {
        return new LockedException("Too many failed sign-ins. For your protection, signing in is paused until "
                + TIME.format(until) + ". If you have forgotten your password, ask an administrator to set a new one.");
    }
}

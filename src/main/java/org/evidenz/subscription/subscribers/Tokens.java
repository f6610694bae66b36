package org.evidenz.subscription.subscribers;

import java.time.Clock;
import java.time.Instant;

import org.evidenz.subscription.SubscriptionProperties;
import org.evidenz.subscription.mail.Secrets;
import org.springframework.stereotype.Component;

/**
 * The signed links in mails. A confirmation token names the subscription, the nonce it was issued with (so it
 * works once) and when it expires; an unsubscribe token names only the subscription and never expires.
 */
@Component
public class Tokens {

    /** What a token says, once its signature checked out. */
    public sealed interface Checked {
    }

    public record Confirm(long subscriptionId, String nonce, Instant expires) implements Checked {
    }

    public record Unsubscribe(long subscriptionId) implements Checked {
    }

    private final Secrets secrets;
    private final SubscriptionProperties properties;
    private final Clock clock;

    Tokens(Secrets secrets, SubscriptionProperties properties, Clock clock) {
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
    }

    public String confirm(long subscriptionId, String nonce) {
        Instant expires = clock.instant().plus(properties.confirmWindow());
        return secrets.sign("c|" + subscriptionId + "|" + nonce + "|" + expires.getEpochSecond());
    }

    public String unsubscribe(long subscriptionId) {
        return secrets.sign("u|" + subscriptionId);
    }

    /** The token's content, or null when it is not one of ours (forged, altered, cut off). */
    public Checked check(String token) {
        String payload = secrets.verify(token);
        if (payload == null) {
            return null;
        }
        String[] parts = payload.split("\\|");
        try {
            if (parts.length == 4 && parts[0].equals("c")) {
                return new Confirm(Long.parseLong(parts[1]), parts[2],
                        Instant.ofEpochSecond(Long.parseLong(parts[3])));
            }
            if (parts.length == 2 && parts[0].equals("u")) {
                return new Unsubscribe(Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}

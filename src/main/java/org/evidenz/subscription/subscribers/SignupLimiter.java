package org.evidenz.subscription.subscribers;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.evidenz.shared.RateLimit;
import org.evidenz.subscription.SubscriptionProperties;
import org.evidenz.subscription.keys.AddressCipher;
import org.springframework.stereotype.Component;

/**
 * At most {@code evidenz.subscription.signups-per-hour} subscribe requests per client, and
 * {@code signups-per-domain-per-hour} for addresses at one mail domain, refilled continuously, in memory
 * ({@link RateLimit}), so that the form cannot be used to flood inboxes. Every request with a valid address takes
 * its share, whether it leads to a mail or not: the allowance left must not tell whether an address is subscribed.
 * A node forgets its buckets on restart, and several nodes each apply the limits on their own.
 */
@Component
class SignupLimiter {

    /** Which limit was reached, and when to try again. */
    record Refusal(Limit limit, Duration retryAfter) {
    }

    enum Limit { CLIENT, DOMAIN }

    private final RateLimit clients;
    private final RateLimit domains;

    SignupLimiter(SubscriptionProperties properties, Clock clock) {
        this.clients = new RateLimit(properties.signupsPerHour(), Duration.ofHours(1), Duration.ofHours(2), clock);
        this.domains = new RateLimit(properties.signupsPerDomainPerHour(), Duration.ofHours(1), Duration.ofHours(2),
                clock);
    }

    /** Takes one sign-up from the client's allowance and then from the address's domain's; empty if allowed. */
    Optional<Refusal> take(String remoteAddress, String address) {
        Duration wait = clients.take(client(remoteAddress));
        if (!wait.isZero()) {
            return Optional.of(new Refusal(Limit.CLIENT, wait));
        }
        wait = domains.take(AddressCipher.domain(address));
        return wait.isZero() ? Optional.empty() : Optional.of(new Refusal(Limit.DOMAIN, wait));
    }

    /**
     * The client a request counts for: its IPv4 address, or the /64 network of an IPv6 address, since one
     * subscriber line commonly gets a whole /64 and could change address with every request.
     */
    static String client(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.contains(":")) {
            return String.valueOf(remoteAddress);
        }
        try {
            // an IPv6 literal: parsed without any name look-up
            InetAddress address = InetAddress.getByName(remoteAddress);
            if (address instanceof Inet6Address) {
                return HexFormat.of().formatHex(address.getAddress(), 0, 8) + "::/64";
            }
            return address.getHostAddress(); // IPv4 written as IPv6 (::ffff:192.0.2.1)
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}

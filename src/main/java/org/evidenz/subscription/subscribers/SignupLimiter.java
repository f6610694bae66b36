package org.evidenz.subscription.subscribers;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.evidenz.subscription.SubscriptionProperties;
import org.evidenz.subscription.keys.AddressCipher;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * At most {@code evidenz.subscription.signups-per-hour} subscribe requests per client, and
 * {@code signups-per-domain-per-hour} for addresses at one mail domain, refilled continuously, in memory
 * (Bucket4j), so that the form cannot be used to flood inboxes. Every request with a valid address takes its
 * share, whether it leads to a mail or not: the allowance left must not tell whether an address is subscribed.
 * A node forgets its buckets on restart, and several nodes each apply the limits on their own.
 */
@Component
class SignupLimiter {

    /** Which limit was reached, and when to try again. */
    record Refusal(Limit limit, Duration retryAfter) {
    }

    enum Limit { CLIENT, DOMAIN }

    private final int perClient;
    private final int perDomain;
    private final TimeMeter time;
    private final Cache<String, Bucket> clients = buckets();
    private final Cache<String, Bucket> domains = buckets();

    SignupLimiter(SubscriptionProperties properties, Clock clock) {
        this.perClient = Math.max(1, properties.signupsPerHour());
        this.perDomain = Math.max(1, properties.signupsPerDomainPerHour());
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Takes one sign-up from the client's allowance and then from the address's domain's; empty if allowed. */
    Optional<Refusal> take(String remoteAddress, String address) {
        Duration wait = take(clients, client(remoteAddress), perClient);
        if (!wait.isZero()) {
            return Optional.of(new Refusal(Limit.CLIENT, wait));
        }
        wait = take(domains, AddressCipher.domain(address), perDomain);
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

    private Duration take(Cache<String, Bucket> buckets, String key, int perHour) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(2)).maximumSize(100_000).build();
    }
}

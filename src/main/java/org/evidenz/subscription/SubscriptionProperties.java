package org.evidenz.subscription;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code evidenz.subscription.*}. The two that depend on other settings have their defaults in
 * {@code application.properties}: {@code key-file} (in the data directory) and {@code mail-from} (which also reads
 * its earlier name, {@code evidenz.mail.from}).
 *
 * @param secret base64 key material (at least 32 bytes) for signed links, address encryption and hashing; when
 *        empty, a key is generated into {@code keyFile} on first start
 * @param keyFile where the generated key lives when no secret is configured
 * @param mailFrom the From address of every mail
 * @param confirmWindow how long a confirmation link is valid; unconfirmed subscriptions are deleted after it
 * @param maxAttempts delivery attempts of one mail before it is marked failed and its address as failing
 * @param firstRetry the wait after the first failed attempt; it doubles with each further failure
 * @param keepSent how long sent and failed mails stay in the outbox (for never sending one twice) before deletion
 * @param signupsPerHour subscribe requests per client address (an IPv6 client by its /64 network) and hour, per
 *        node; more get 429 with Retry-After
 * @param signupsPerDomainPerHour subscribe requests for addresses at one mail domain per hour, per node, from all
 *        clients together
 * @param maxPending subscriptions waiting for confirmation, in total; at this many, subscribe requests get 429
 *        until some are confirmed or expire
 * @param maxPendingPerDomain subscriptions waiting for confirmation for addresses at one mail domain
 */
@ConfigurationProperties("evidenz.subscription")
public record SubscriptionProperties(
        @DefaultValue("") String secret,
        Path keyFile,
        String mailFrom,
        @DefaultValue("7d") Duration confirmWindow,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("30d") Duration keepSent,
        @DefaultValue("5") int signupsPerHour,
        @DefaultValue("20") int signupsPerDomainPerHour,
        @DefaultValue("10000") int maxPending,
        @DefaultValue("1000") int maxPendingPerDomain) {
}

package org.evidenz.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * At most {@code allowance} requests per key (a client, a mail domain) and {@code period}, refilled continuously: a
 * token bucket per key (Bucket4j), in memory, so each node applies it on its own and forgets it on restart. Time
 * comes from the application's {@link Clock}, so that tests can move it on. A key not seen for {@code forgetAfter}
 * is forgotten, and at most 100,000 keys are kept.
 */
public final class RateLimit {

    private static final int MAX_KEYS = 100_000;

    private final int allowance;
    private final Duration period;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /** {@code allowance} below one counts as one. */
    public RateLimit(int allowance, Duration period, Duration forgetAfter, Clock clock) {
        this.allowance = Math.max(1, allowance);
        this.period = period;
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
        this.buckets = Caffeine.newBuilder().expireAfterAccess(forgetAfter).maximumSize(MAX_KEYS).build();
    }

    /** Takes one request from the key's allowance: zero if allowed, else how long until one is allowed again. */
    public Duration take(String key) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance).refillGreedy(allowance, period))
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}

package org.evidenz.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * At most {@code evidenz.feedback.submissions-per-minute} feedback forms per client address, refilled
 * continuously, in memory (Bucket4j). A node that forgets its buckets on restart lets a client through a little
 * early, which is harmless; several nodes each apply the limit on their own.
 */
@Component
class SubmissionLimiter {

    private final int perMinute;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    SubmissionLimiter(FeedbackProperties properties, Clock clock) {
        this.perMinute = Math.max(1, properties.submissionsPerMinute());
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

    /** Takes one submission from the client's allowance: zero if allowed, else how long to wait. */
    Duration take(String client) {
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}

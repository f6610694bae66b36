package org.evidenz.feedback;

import java.time.Clock;
import java.time.Duration;

import org.evidenz.shared.RateLimit;
import org.springframework.stereotype.Component;

/**
 * At most {@code evidenz.feedback.submissions-per-minute} feedback forms per client address, refilled
 * continuously, in memory. A node that forgets its buckets on restart lets a client through a little early, which
 * is harmless; several nodes each apply the limit on their own.
 */
@Component
class SubmissionLimiter {

    private final RateLimit perClient;

    SubmissionLimiter(FeedbackProperties properties, Clock clock) {
        this.perClient = new RateLimit(properties.submissionsPerMinute(), Duration.ofMinutes(1),
                Duration.ofMinutes(10), clock);
    }

    /** Takes one submission from the client's allowance: zero if allowed, else how long to wait. */
    Duration take(String client) {
        return perClient.take(client);
    }
}

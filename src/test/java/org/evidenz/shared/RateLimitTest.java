package org.evidenz.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.evidenz.support.MovableClock;
import org.junit.jupiter.api.Test;

/** A token bucket per key on the application's clock: the allowance, the wait it tells, and the refill. */
class RateLimitTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void aKeyGetsItsAllowanceThenAWaitThatEndsWithTheRefill() {
        RateLimit limit = new RateLimit(3, Duration.ofHours(1), Duration.ofHours(2), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("client")).isZero();
        }
        Duration wait = limit.take("client");
        assertThat(wait).isEqualTo(Duration.ofMinutes(20));
        assertThat(limit.take("another client")).as("keys do not share an allowance").isZero();

        clock.advance(wait);
        assertThat(limit.take("client")).isZero();
        assertThat(limit.take("client")).isPositive();
    }

    @Test
    void anAllowanceBelowOneCountsAsOne() {
        RateLimit limit = new RateLimit(0, Duration.ofMinutes(1), Duration.ofMinutes(10), clock);
        assertThat(limit.take("client")).isZero();
        assertThat(limit.take("client")).isEqualTo(Duration.ofMinutes(1));
    }
}

package org.evidenz.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still at {@link FixedClock#TODAY} until a test moves it on: "the reader took five seconds",
 * "an hour later", "a year went by".
 */
public final class MovableClock extends Clock {

    /** Makes a movable clock the application's clock: {@code @Import(MovableClock.AsTheApplicationClock.class)}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class AsTheApplicationClock {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    private final AtomicReference<Instant> now = new AtomicReference<>(FixedClock.TODAY);

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}

package org.evidenz.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.evidenz.support.FixedClock;

/** A clock that stands still at {@link FixedClock#TODAY} until a test moves it on ("an hour later"). */
final class MovableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(FixedClock.TODAY);

    void advance(Duration duration) {
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

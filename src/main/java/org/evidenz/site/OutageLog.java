package org.evidenz.site;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;

/** An outage in the log as one line a minute, not one per refused request, and without a stack trace. */
final class OutageLog {

    private static final Duration EVERY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(OutageLog.class);

    /** When the last line was written, or {@code Long.MIN_VALUE} before the first. */
    private static final AtomicLong LAST = new AtomicLong(Long.MIN_VALUE);

    private OutageLog() {
    }

    static void note(HttpServletRequest request, Throwable failure) {
        long now = System.nanoTime();
        long before = LAST.get();
        if ((before == Long.MIN_VALUE || now - before > EVERY.toNanos()) && LAST.compareAndSet(before, now)) {
            log.warn("The database cannot be reached: answering 503 (at most one line a minute; this time {} {}): {}",
                    request.getMethod(), request.getRequestURI(), failure.toString());
        }
    }
}

package org.evidenz.site;

import java.util.concurrent.atomic.AtomicLong;

import org.evidenz.shared.ContentChanged;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A number that goes up each time published content changes. Caches of things derived from content key their
 * entries by it, so an entry computed from old content can never be served as current. It goes up last, after
 * everything that is rebuilt rather than keyed (such as the search index) has been rebuilt.
 */
@Component
public class ContentVersion {

    /** Listeners that rebuild derived data must run before the version moves on. */
    public static final int REBUILD_FIRST = Ordered.HIGHEST_PRECEDENCE + 100;

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(ContentChanged event) {
        version.incrementAndGet();
    }
}

package org.evidenz.site;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The version of the published content this node has caught up with. Caches of things derived from content key
 * their entries by it, so an entry computed from old content can never be served as current.
 * <p>
 * The version itself is shared by all nodes (one row in the database, moved on in the transaction of every change).
 * A node catches up when its own change commits (at once, before the publishing request returns) and when
 * {@link ContentVersionFollower} sees another node's change (within a second or two). Catching up rebuilds first
 * what is rebuilt rather than keyed (the search index, on {@link ContentArrived}) and moves the version on last, so
 * a page never shows content the search does not know yet.
 */
@Component
public class ContentVersion {

    /** Listeners that rebuild derived data must run before the version moves on. */
    public static final int REBUILD_FIRST = Ordered.HIGHEST_PRECEDENCE + 100;

    private static final Logger log = LoggerFactory.getLogger(ContentVersion.class);

    private final ContentVersionRow row;
    private final ApplicationEventPublisher events;
    private final BuildIdentity build;
    private final AtomicLong version;

    ContentVersion(ContentVersionRow row, ApplicationEventPublisher events, BuildIdentity build) {
        this.row = row;
        this.events = events;
        this.build = build;
        this.version = new AtomicLong(row.read().version());
    }

    public long current() {
        return version.get();
    }

    /** The running build's name, which ETags carry beside the version: the same on every node of one release. */
    public String build() {
        return build.name();
    }

    /** In the change's own transaction: the shared number commits (or rolls back) with the content. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void record(ContentChanged event) {
        row.moveOn(event.languages());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(ContentChanged event) {
        catchUp();
    }

    /**
     * Rebuilds derived data and moves on to the version the database holds now. One change behind, only that
     * change's languages are rebuilt; further behind (changes elsewhere while this node was busy), all of them.
     */
    synchronized void catchUp() {
        ContentVersionRow.Latest latest = row.read();
        long seen = version.get();
        if (latest.version() <= seen) {
            return;
        }
        Set<Language> languages = latest.version() == seen + 1 && !latest.languages().isEmpty()
                ? latest.languages() : EnumSet.allOf(Language.class);
        log.debug("Catching up with content version {} (from {}): {}", latest.version(), seen, languages);
        events.publishEvent(new ContentArrived(languages, latest.version()));
        version.set(latest.version());
    }
}

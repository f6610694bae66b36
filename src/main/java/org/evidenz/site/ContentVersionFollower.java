package org.evidenz.site;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Learns of content changes made on other nodes (or by a command-line import beside this one) and lets the
 * {@link ContentVersion} catch up. On PostgreSQL it listens for the notice every change sends when it commits, on
 * a connection of its own (opened again after any failure); on every database it also reads the version row every
 * {@link #POLL}, so a notice lost while the connection was down, or H2 without notices, costs at most that long.
 */
@Component
class ContentVersionFollower implements SmartLifecycle {

    /** How often the row is read when no notice comes; a change elsewhere shows here within about this long. */
    static final Duration POLL = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(ContentVersionFollower.class);

    private final ContentVersion version;
    private final ContentVersionRow row;
    private final DataSourceProperties database;
    private volatile Thread thread;
    /** Touched by the follower's thread only: whether the last attempt failed, so an outage is logged once. */
    private boolean failing;

    ContentVersionFollower(ContentVersion version, ContentVersionRow row, DataSourceProperties database) {
        this.version = version;
        this.row = row;
        this.database = database;
    }

    @Override
    public void start() {
        Thread follower = Thread.ofPlatform().daemon().name("content-version-follower").unstarted(this::follow);
        thread = follower;
        follower.start();
    }

    @Override
    public void stop() {
        Thread follower = thread;
        thread = null;
        if (follower != null) {
            follower.interrupt();
            try {
                follower.join(POLL.multipliedBy(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private boolean running() {
        return thread == Thread.currentThread() && !Thread.currentThread().isInterrupted();
    }

    private void follow() {
        while (running()) {
            try {
                if (row.postgres()) {
                    listen();
                } else {
                    waitFor(POLL);
                    version.catchUp();
                }
                failing = false;
            } catch (SQLException | RuntimeException e) {
                if (!running()) {
                    return;
                }
                if (!failing) { // once per outage, not at every attempt
                    log.warn("Cannot learn of content changes from the database ({}); trying again every {} s",
                            e.toString(), POLL.toMillis() / 1000.0);
                }
                failing = true;
                waitFor(POLL);
                pollThroughThePool();
            }
        }
    }

    /** Without a listening connection of its own, the node still reads the row through the pool. */
    private void pollThroughThePool() {
        try {
            version.catchUp();
        } catch (RuntimeException e) {
            log.debug("Reading the content version failed too", e);
        }
    }

    /** Until the connection fails: wait up to {@link #POLL} for a notice, then compare the versions. */
    private void listen() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.determineUrl(),
                database.determineUsername(), database.determinePassword())) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + ContentVersionRow.CHANNEL);
            }
            failing = false;
            PGConnection notices = connection.unwrap(PGConnection.class);
            while (running()) {
                version.catchUp(); // also covers whatever changed before LISTEN took effect
                notices.getNotifications((int) POLL.toMillis());
            }
        }
    }

    private static void waitFor(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

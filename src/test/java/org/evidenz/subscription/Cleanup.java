package org.evidenz.subscription;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test classes share one application: each starts without subscribers, mail or newsletter issues. */
final class Cleanup {

    static void subscriptionData(JdbcClient jdbc) {
        for (String table : new String[] {"mail_outbox", "mail_suppression", "subscription", "subscriber",
                "newsletter_issue", "feed_article"}) {
            jdbc.sql("delete from " + table).update();
        }
    }

    private Cleanup() {
    }
}

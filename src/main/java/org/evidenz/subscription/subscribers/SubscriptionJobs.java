package org.evidenz.subscription.subscribers;

import org.evidenz.shared.BackgroundJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Deletes subscriptions never confirmed within the confirmation window (and their addresses), every hour. */
@BackgroundJobs
class SubscriptionJobs {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionJobs.class);

    private final Subscriptions subscriptions;

    SubscriptionJobs(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    @SchedulerLock(name = "subscription-pending-expiry", lockAtMostFor = "PT55M",
            lockAtLeastFor = "PT50M")
    void deleteExpiredPending() {
        int deleted = subscriptions.deleteExpiredPending();
        if (deleted > 0) {
            log.info("Deleted {} subscription(s) left unconfirmed", deleted);
        }
    }
}

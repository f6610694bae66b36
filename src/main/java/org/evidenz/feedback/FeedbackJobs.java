package org.evidenz.feedback;

import org.evidenz.shared.BackgroundJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Deletes feedback past its retention period every night, on one node at a time. */
@BackgroundJobs
class FeedbackJobs {

    private static final Logger log = LoggerFactory.getLogger(FeedbackJobs.class);

    private final FeedbackInbox inbox;

    FeedbackJobs(FeedbackInbox inbox) {
        this.inbox = inbox;
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "UTC")
    @SchedulerLock(name = "feedback-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20M")
    void deleteExpired() {
        int deleted = inbox.deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} piece(s) of feedback past the retention period", deleted);
        }
    }
}

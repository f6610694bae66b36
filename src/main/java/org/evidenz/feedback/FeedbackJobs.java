package org.evidenz.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Deletes feedback past its retention period every night, on one node at a time. */
@Component
@ConditionalOnProperty(name = "evidenz.jobs.enabled", havingValue = "true", matchIfMissing = true)
class FeedbackJobs {

    private static final Logger log = LoggerFactory.getLogger(FeedbackJobs.class);

    private final FeedbackInbox inbox;

    FeedbackJobs(FeedbackInbox inbox) {
        this.inbox = inbox;
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "UTC")
    @SchedulerLock(name = "feedback-retention", lockAtMostFor = "PT30M")
    void deleteExpired() {
        int deleted = inbox.deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} piece(s) of feedback past the retention period", deleted);
        }
    }
}

package org.evidenz.editorial.planning;

import java.time.Clock;

import org.evidenz.editorial.workflow.ScheduledPublications;
import org.evidenz.shared.BackgroundJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The editorial clock: publishes approved articles whose time has come, every minute, and sends review reminders
 * every morning and at start. ShedLock makes sure one node runs each job per due time: each holds its lock for
 * somewhat less than its period even when done sooner, so another node's timer, a little apart, finds it taken.
 */
@BackgroundJobs
class PlanningJobs {

    private static final Logger log = LoggerFactory.getLogger(PlanningJobs.class);

    private final ScheduledPublications publications;
    private final ReviewPlanning planning;
    private final Clock clock;

    PlanningJobs(ScheduledPublications publications, ReviewPlanning planning, Clock clock) {
        this.publications = publications;
        this.planning = planning;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    @SchedulerLock(name = "publish-due", lockAtMostFor = "PT5M", lockAtLeastFor = "PT50S")
    void publishDue() {
        int published = publications.publishDue(clock.instant());
        if (published > 0) {
            log.info("Published {} scheduled article(s)", published);
        }
    }

    @Scheduled(cron = "0 0 6 * * *", zone = "UTC")
    @SchedulerLock(name = "review-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20M")
    void remind() {
        int sent = planning.remind();
        if (sent > 0) {
            log.info("Sent {} review reminder(s)", sent);
        }
    }

    /**
     * Through the same lock as the morning run (a call to {@link #remind()} from here would bypass the lock's
     * proxy): of several nodes started together, or one started just after the morning run, one sends reminders.
     */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "review-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20M")
    void remindAtStart() {
        remind();
    }
}

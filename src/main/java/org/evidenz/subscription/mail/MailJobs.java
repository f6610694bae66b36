package org.evidenz.subscription.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.evidenz.shared.BackgroundJobs;
import org.evidenz.subscription.SubscriptionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Sends due mail every 30 seconds and tidies the outbox once an hour; one node at a time (ShedLock). */
@BackgroundJobs
class MailJobs {

    private static final Logger log = LoggerFactory.getLogger(MailJobs.class);

    private final OutboxSender sender;
    private final MailOutbox outbox;
    private final SubscriptionProperties properties;
    private final Clock clock;

    MailJobs(OutboxSender sender, MailOutbox outbox, SubscriptionProperties properties, Clock clock) {
        this.sender = sender;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT20S")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT10M", lockAtLeastFor = "PT25S")
    void send() {
        int sent = sender.sendDue(clock.instant());
        if (sent > 0) {
            log.info("Sent {} mail(s) from the outbox", sent);
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    @SchedulerLock(name = "mail-outbox-tidy", lockAtMostFor = "PT55M", lockAtLeastFor = "PT50M")
    void tidy() {
        Instant now = clock.instant();
        int abandoned = outbox.abandonInterrupted(now.minus(Duration.ofMinutes(15)));
        if (abandoned > 0) {
            log.warn("{} mail(s) were interrupted while sending and are marked failed, not resent", abandoned);
        }
        outbox.purge(now.minus(properties.keepSent()));
    }
}

package org.evidenz.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A component whose scheduled methods are background jobs (publication at a set time, reminders, mail, retention).
 * It exists only while jobs are enabled: {@code evidenz.jobs.enabled}, on unless set to {@code false}, as the tests
 * do to run jobs by hand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnProperty(name = "evidenz.jobs.enabled", havingValue = "true", matchIfMissing = true)
public @interface BackgroundJobs {
}

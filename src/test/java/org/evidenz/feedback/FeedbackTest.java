package org.evidenz.feedback;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.evidenz.support.Editorial;
import org.evidenz.support.MovableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application for feedback tests, on its own database, with a clock the tests move on (forms must not be
 * sent back too fast, may expire; feedback ages). The encryption key is the development key generated into the test
 * data directory at start, as on a first start without configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:feedback;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/feedback", "evidenz.jobs.enabled=false",
        "evidenz.feedback.submissions-per-minute=5"})
@Import({MovableClock.AsTheApplicationClock.class, Editorial.class})
@interface FeedbackTest {
}

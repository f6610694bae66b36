package org.evidenz.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application for subscription tests, on its own embedded database, with a real SMTP server (GreenMail on
 * a free port, see {@link TestMail}) behind the mail sender; on the fixed day. Test classes share it. Every request
 * comes from 127.0.0.1 on a clock that stands still, so the sign-up limits are lifted here ({@code SignupLimitsTest}
 * checks them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:subscription;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/subscription", "evidenz.jobs.enabled=false",
        "evidenz.subscription.mail-from=Evidenz <newsletter@evidenz.example>",
        "evidenz.subscription.signups-per-hour=1000", "evidenz.subscription.signups-per-domain-per-hour=1000",
        "evidenz.site.base-url=http://localhost:8080"})
@Import({FixedClock.class, Editorial.class, TestMail.class})
public @interface SubscriptionTest {
}

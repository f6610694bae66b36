package org.evidenz.site;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.evidenz.support.FixedClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application as a new user starts it: no {@code evidenz.site.base-url}, on a port of its own, behind a proxy
 * whose forwarded headers it trusts ({@code server.forward-headers-strategy=native}); with the demo content and
 * {@link FailingPages}, so that a test can see how an unexpected failure is answered. Test classes share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:without-base-url;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/without-base-url", "evidenz.jobs.enabled=false",
        "evidenz.api.requests-per-minute=1000000", "server.forward-headers-strategy=native"})
@Import({FixedClock.class, FailingPages.class})
@interface SiteWithoutBaseUrl {
}
